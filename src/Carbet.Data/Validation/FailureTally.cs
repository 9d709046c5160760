using System.Collections.Immutable;
using System.Globalization;

using Carbet.Data.Tables;

namespace Carbet.Data.Validation;

/// <summary>Counts the values an expectation examined and remembers the source lines of the first failures.</summary>
internal sealed class FailureTally(DataTable table)
{
    public const int MaxLines = 20;

    private readonly ImmutableArray<long>.Builder _lines = ImmutableArray.CreateBuilder<long>();

    public long Evaluated { get; private set; }

    public long Failing { get; private set; }

    public void Pass() => Evaluated++;

    public void Fail(int row)
    {
        Evaluated++;
        Failing++;
        if (_lines.Count < MaxLines)
            _lines.Add(table.SourceLines[row]);
    }

    /// <param name="what">What failing values are, as a verb phrase: "are missing".</param>
    public ExpectationResult Result(Expectation expectation, string column, double mostly, string what)
    {
        var passed = Failing == 0 || (Evaluated - Failing) >= (mostly * Evaluated) - 1e-9;
        var share = Evaluated == 0 ? 0 : (double)Failing / Evaluated;
        var message = Failing == 0
            ? $"{expectation.Name}: none of {Evaluated} values of '{column}' {what}."
            : $"{expectation.Name}: {Failing} of {Evaluated} values of '{column}' ({share:P1}) {what}, first at line {_lines[0]}"
              + (passed ? $", within mostly {mostly}." : ".");
        return new ExpectationResult(expectation, passed, Evaluated, Failing, _lines.ToImmutable(),
            string.Create(CultureInfo.InvariantCulture, $"{message}"));
    }
}

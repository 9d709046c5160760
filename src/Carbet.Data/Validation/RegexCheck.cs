using System.Text.RegularExpressions;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Validation;

/// <summary>Matches the values of a column against a pattern, with a timeout so a runaway pattern cannot hang a run.</summary>
internal static class RegexCheck
{
    internal static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public static ExpectationResult Check(DataTable table, RegexExpectation e, CancellationToken ct)
    {
        var regex = Compile(e);
        if (table.Find(e.Column) is not { } column)
            return Validator.MissingColumn(table, e, e.Column);
        var tally = new FailureTally(table);
        var row = 0;
        try
        {
            for (; row < column.Length; row++)
            {
                if ((row & 4095) == 0)
                    ct.ThrowIfCancellationRequested();
                if (column.Format(row) is not { } value)
                    continue;
                if (regex.IsMatch(value))
                    tally.Pass();
                else
                    tally.Fail(row);
            }
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new UserErrorException(
                $"Expectation {e.Name}: the pattern '{e.Pattern}' took over {Timeout.TotalSeconds:0} s on line {table.SourceLines[row]}.",
                "Simplify the pattern: avoid nested repetition such as (a+)+.", ex);
        }
        return tally.Result(e, e.Column, 1.0, $"do not match /{e.Pattern}/");
    }

    private static Regex Compile(RegexExpectation e)
    {
        try
        {
            return new Regex(e.Pattern, RegexOptions.CultureInvariant, Timeout);
        }
        catch (ArgumentException ex)
        {
            throw new UserErrorException($"Expectation {e.Name}: '{e.Pattern}' is not a valid regular expression ({ex.Message}).",
                "Fix the pattern; test it with a .NET regular expression tester.", ex);
        }
    }
}

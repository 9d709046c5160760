using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Validation;

/// <summary>Checks a table against expectations.</summary>
public static class Validator
{
    /// <summary>Checks every expectation; a missing column fails its expectation rather than throwing.</summary>
    /// <exception cref="UserErrorException">An expectation is malformed (a bad pattern, a share out of range).</exception>
    public static ValidationResult Validate(DataTable table, IEnumerable<Expectation> expectations, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(expectations);
        var results = ImmutableArray.CreateBuilder<ExpectationResult>();
        foreach (var expectation in expectations)
        {
            ct.ThrowIfCancellationRequested();
            results.Add(Evaluate(table, expectation, ct));
        }
        return new ValidationResult(table.Source, results.ToImmutable());
    }

    internal static ExpectationResult Evaluate(DataTable table, Expectation expectation, CancellationToken ct) => expectation switch
    {
        NotNullExpectation e => ColumnChecks.NotNull(table, e),
        RangeExpectation e => ColumnChecks.Range(table, e),
        AllowedSetExpectation e => ColumnChecks.AllowedSet(table, e),
        RegexExpectation e => RegexCheck.Check(table, e, ct),
        UniqueExpectation e => ColumnChecks.Unique(table, e),
        RowCountExpectation e => TableChecks.RowCount(table, e),
        SchemaEqualsExpectation e => TableChecks.SchemaEquals(table, e),
        DistributionCloseExpectation e => DistributionCheck.Check(table, e),
        _ => throw new ArgumentException($"Unknown expectation type {expectation.GetType().Name}.", nameof(expectation)),
    };

    internal static ExpectationResult MissingColumn(DataTable table, Expectation expectation, string column) =>
        new(expectation, false, 0, 1, [], string.Create(CultureInfo.InvariantCulture,
            $"{expectation.Name}: column '{column}' is not in {table.Source}."));

    internal static void CheckMostly(Expectation expectation, double mostly)
    {
        if (!(mostly is >= 0 and <= 1))
        {
            throw new UserErrorException(
                string.Create(CultureInfo.InvariantCulture, $"Expectation {expectation.Name}: mostly is {mostly}, outside 0 to 1."),
                "Set mostly to the share of values that must pass, such as 0.95.");
        }
    }
}

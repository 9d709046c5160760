using System.Globalization;

using Carbet.Data.Tables;

namespace Carbet.Data.Validation;

/// <summary>Checks of the table as a whole.</summary>
internal static class TableChecks
{
    public static ExpectationResult RowCount(DataTable table, RowCountExpectation e)
    {
        var rows = table.RowCount;
        var passed = (e.Min is not { } min || rows >= min) && (e.Max is not { } max || rows <= max);
        var bounds = $"[{e.Min?.ToString(CultureInfo.InvariantCulture) ?? "0"}, {e.Max?.ToString(CultureInfo.InvariantCulture) ?? "inf"}]";
        var message = string.Create(CultureInfo.InvariantCulture,
            $"{e.Name}: {table.Source} has {rows} rows, {(passed ? "within" : "outside")} {bounds}.");
        return new ExpectationResult(e, passed, 1, passed ? 0 : 1, [], message);
    }

    public static ExpectationResult SchemaEquals(DataTable table, SchemaEqualsExpectation e)
    {
        var expected = e.Reference.Columns;
        var actual = table.Columns;
        var problems = new List<string>();
        for (var i = 0; i < Math.Max(expected.Length, actual.Length); i++)
        {
            if (i >= actual.Length)
                problems.Add($"'{expected[i].Name}' is missing");
            else if (i >= expected.Length)
                problems.Add($"'{actual[i].Name}' is extra");
            else if (!string.Equals(expected[i].Name, actual[i].Name, StringComparison.Ordinal))
                problems.Add($"column {i + 1} is '{actual[i].Name}', expected '{expected[i].Name}'");
            else if (expected[i].Kind != actual[i].Kind)
                problems.Add($"'{actual[i].Name}' is {actual[i].Kind}, expected {expected[i].Kind}");
        }
        var message = problems.Count == 0
            ? $"{e.Name}: the {actual.Length} columns match the reference schema."
            : $"{e.Name}: {problems.Count} columns differ from the reference schema: {string.Join("; ", problems.Take(5))}"
              + (problems.Count > 5 ? "; ..." : ".");
        return new ExpectationResult(e, problems.Count == 0, Math.Max(expected.Length, actual.Length), problems.Count, [], message);
    }
}

using System.Text.Json;

using Carbet.Core;
using Carbet.Data.Validation;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Testing;

namespace Carbet.Lifecycle.Tests.DataSteps;

public sealed class ExpectationYamlTests : IDisposable
{
    private const string Header = "name: p\ndata:\n  source: rows.csv\n  target: y\n";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, Expectation> Expectations => new()
    {
        { "not_null", new NotNullExpectation("age") },
        { "not_null mostly", new NotNullExpectation("monthly income", 0.95) },
        { "range both", new RangeExpectation("age", 18, 99.5) },
        { "range min only", new RangeExpectation("age", -0.1, null, 0.99) },
        { "range max only", new RangeExpectation("age", null, 1e-7) },
        { "range extreme", new RangeExpectation("x", double.MinValue, 0.1 + 0.2) },
        { "allowed_set", new AllowedSetExpectation("housing", ["owner", "renter", "with \"parents\"", "a\\b", "x: y, z", "", " padded ", "null", "true", "#not a comment", "line\nbreak", "tab\there", "é ü ß 中"]) },
        { "regex", new RegexExpectation("zip", @"^\d{5}(-\d{4})?$") },
        { "regex quotes", new RegexExpectation("name", "^[^\"']+$") },
        { "unique", new UniqueExpectation("application_id") },
        { "row_count both", new RowCountExpectation(10, 5_000_000_000) },
        { "row_count min", new RowCountExpectation(1, null) },
        { "row_count none", new RowCountExpectation(null, null) },
        { "schema_equals", new SchemaEqualsExpectation(new TableSchema([new ColumnSchema("id", ColumnKind.Identifier), new ColumnSchema("time:stamp", ColumnKind.DateTime),
            new ColumnSchema("\"q\"", ColumnKind.Number), new ColumnSchema("n", ColumnKind.Integer), new ColumnSchema("b", ColumnKind.Boolean),
            new ColumnSchema("c", ColumnKind.Category), new ColumnSchema("t", ColumnKind.Text)])) },
        { "distribution numeric", new DistributionCloseExpectation("income", [1000, 2500.5, 1e6], [], [0.1, 0.2, 0.3, 0.4]) },
        { "distribution categorical", new DistributionCloseExpectation("housing", [], ["owner", "renter", "x, y"], [1.0 / 3, 1.0 / 3, 1.0 / 3], 0.1) },
    };

    [Theory]
    [MemberData(nameof(Expectations))]
    public void ToLine_ThroughLoaderAndFromSpec_GivesTheSameExpectation(string label, Expectation expectation)
    {
        var path = _folder.File("carbet.yaml");
        File.WriteAllText(path, Header + ExpectationYaml.ToSection([expectation]));

        var spec = Assert.Single(ProjectFileLoader.Load(path).Expectations);
        var back = ExpectationYaml.FromSpec(spec, "carbet.yaml");

        Assert.Equal(expectation.GetType(), back.GetType());
        Assert.True(Json(expectation) == Json(back), $"{label}: {Json(expectation)} came back as {Json(back)}");
        Assert.Equal(8, spec.Line);
    }

    [Fact]
    public void ToSection_Several_KeepsOrderAndLines()
    {
        var path = _folder.File("carbet.yaml");
        File.WriteAllText(path, Header.TrimEnd('\n') + ExpectationYaml.ToSection([new UniqueExpectation("a"), new NotNullExpectation("b"), new RowCountExpectation(1, 2)]));

        var specs = ProjectFileLoader.Load(path).Expectations;

        Assert.Equal(["unique", "not_null", "row_count"], specs.Select(s => s.Type));
        Assert.Equal([7, 8, 9], specs.Select(s => s.Line));
    }

    [Fact]
    public void FromSpec_UnknownType_IsAUserErrorWithTheLine()
    {
        var error = Assert.Throws<UserErrorException>(() => FromYaml("    - {type: not_empty, column: age}\n"));
        Assert.StartsWith("carbet.yaml line 7:", error.Message, StringComparison.Ordinal);
        Assert.Contains("'not_empty'", error.Message, StringComparison.Ordinal);
        Assert.Contains("not_null", error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    - {type: not_null}\n", "'column'")]
    [InlineData("    - {type: not_null, column: age, mostyl: 0.9}\n", "'mostyl'")]
    [InlineData("    - {type: range, column: age, min: eighteen}\n", "'eighteen'")]
    [InlineData("    - {type: allowed_set, column: housing, values: owner}\n", "'values'")]
    [InlineData("    - {type: schema_equals, columns: [age]}\n", "'age'")]
    [InlineData("    - {type: schema_equals, columns: [\"age:7\"]}\n", "'age:7'")]
    [InlineData("    - {type: distribution_close, column: x, edges: [1], shares: [0.5, half]}\n", "'half'")]
    public void FromSpec_BadArguments_IsAUserErrorWithTheLine(string line, string named)
    {
        var error = Assert.Throws<UserErrorException>(() => FromYaml(line));
        Assert.StartsWith("carbet.yaml line 7:", error.Message, StringComparison.Ordinal);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    private Expectation FromYaml(string line)
    {
        var path = _folder.File("carbet.yaml");
        File.WriteAllText(path, Header + "validation:\n  expectations:\n" + line);
        return ExpectationYaml.FromSpec(Assert.Single(ProjectFileLoader.Load(path).Expectations), "carbet.yaml");
    }

    private static string Json(Expectation e) => JsonSerializer.Serialize(e);
}

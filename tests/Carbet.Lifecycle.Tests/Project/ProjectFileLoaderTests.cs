using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Lifecycle.Project;
using Carbet.Testing;

namespace Carbet.Lifecycle.Tests.Project;

public sealed class ProjectFileLoaderTests : IDisposable
{
    private const string Minimal = "name: p\ndata:\n  source: rows.csv\n  target: y\n";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(string yaml, string name = "carbet.yaml")
    {
        var path = _folder.File(name);
        File.WriteAllText(path, yaml);
        return path;
    }

    private UserErrorException LoadFails(string yaml) => Assert.Throws<UserErrorException>(() => ProjectFileLoader.Load(Write(yaml)));

    private static void AssertLine(UserErrorException error, int line) =>
        Assert.StartsWith($"carbet.yaml line {line}:", error.Message, StringComparison.Ordinal);

    [Fact]
    public void Load_RenderedTemplate_ReadsBackTheGuess()
    {
        var schema = new TableSchema([new ColumnSchema("id", ColumnKind.Identifier), new ColumnSchema("when", ColumnKind.DateTime),
            new ColumnSchema("age", ColumnKind.Integer), new ColumnSchema("odd \"name\"", ColumnKind.Category), new ColumnSchema("y", ColumnKind.Boolean)]);
        var guess = new ProjectGuess("credit", "data/rows \"v2\".csv", "y", TaskKind.Binary, schema)
        {
            Positive = "1",
            Id = "id",
            Time = "when",
            Sensitive = ["age"],
        };
        Directory.CreateDirectory(_folder.File("data"));

        var project = ProjectFileLoader.Load(Write(ProjectFileTemplate.Render(guess)));

        Assert.Equal("credit", project.Name);
        Assert.Equal(Path.GetFullPath(_folder.File("data/rows \"v2\".csv")), project.Data.Source.Path);
        Assert.Equal(("y", "1", "id", "when"), (project.Data.Target, project.Data.Positive, project.Data.Id, project.Data.Time));
        Assert.Equal(["age"], project.Data.Sensitive);
        Assert.Empty(project.Data.Exclude);
        Assert.Empty(project.Data.Alternatives);
        Assert.Equal(schema.Columns.ToDictionary(c => c.Name, c => c.Kind), project.Data.Types);
        Assert.Equal(TaskKind.Binary, project.Task);
        Assert.Equal("probability", project.UseCase.Result);
        Assert.Equal("50", project.UseCase.Constraints["max_latency_ms"]);
        Assert.Empty(project.Expectations);
        Assert.Equal(["sponsor", "legal", "dpo"], project.Datasheet.Approvers);
        Assert.Null(project.Costs);
    }

    [Fact]
    public void Load_RenderedRegressionWithoutOptionalColumns_ReadsBack()
    {
        var schema = new TableSchema([new ColumnSchema("x", ColumnKind.Number), new ColumnSchema("price", ColumnKind.Number)]);
        var project = ProjectFileLoader.Load(Write(ProjectFileTemplate.Render(new ProjectGuess("house", "h.csv", "price", TaskKind.Regression, schema))));

        Assert.Equal((TaskKind.Regression, "value"), (project.Task, project.UseCase.Result));
        Assert.Null(project.Data.Positive);
        Assert.Null(project.Data.Id);
        Assert.Null(project.Data.Time);
        Assert.Empty(project.Data.Sensitive);
    }

    [Fact]
    public void Load_UnknownTopLevelKey_NamesTheKeyAndLine()
    {
        var error = LoadFails(Minimal + "\nmodle: lightgbm\n");
        AssertLine(error, 6);
        Assert.Contains("'modle'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownKeyUnderData_NamesTheDottedKeyAndLine()
    {
        var error = LoadFails("name: p\ndata:\n  source: rows.csv\n  target: y\n  tagret: z\n");
        AssertLine(error, 5);
        Assert.Contains("'data.tagret'", error.Message, StringComparison.Ordinal);
        Assert.Contains("data.target", error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name: [a, b]\ndata:\n  source: rows.csv\n  target: y\n", 1, "'name'")]
    [InlineData(Minimal + "task: sometimes\n", 5, "'task'")]
    [InlineData(Minimal + "task: 1\n", 5, "'task'")]
    [InlineData(Minimal + "task: binary, regression\n", 5, "'task'")]
    [InlineData(Minimal + "usecase:\n  need: x\n  result: maybe\n", 7, "usecase.result")]
    [InlineData(Minimal + "costs:\n  false_negative: lots\n", 6, "costs.false_negative")]
    [InlineData(Minimal + "costs: [1, 2]\n", 5, "'costs'")]
    [InlineData("name: p\ndata:\n  source: rows.csv\n  target: {a: b}\n", 4, "data.target")]
    [InlineData("name: p\ndata:\n  source: rows.csv\n  target: y\n  sensitive: {a: b}\n", 5, "data.sensitive")]
    [InlineData("name: p\ndata:\n  source: rows.csv\n  target: y\n  types:\n    age: integer\n    x: float\n", 7, "data.types.x")]
    [InlineData("name: p\ndata:\n  source: rows.csv\n  target: y\n  types:\n    age: 3\n", 6, "data.types.age")]
    [InlineData("name: p\ndata:\n  source: rows.csv\n  target: y\n  types:\n    age: integer, number\n", 6, "data.types.age")]
    [InlineData("name: p\ndata:\n  source: rows.csv\n  target: y\n  alternatives: old.csv\n", 5, "data.alternatives")]
    [InlineData("name: p\ndata:\n  source: rows.csv\n  target: y\n  alternatives:\n    - {sql: {query: select 1}}\n", 6, "connection")]
    [InlineData(Minimal + "validation:\n  expectations:\n    - not_null\n", 7, "validation.expectations")]
    [InlineData(Minimal + "validation:\n  expectations:\n    - {column: age}\n", 7, "type")]
    [InlineData(Minimal + "preparation:\n  split: {validation: 0.6, test: 0.5}\n", 6, "preparation.split")]
    [InlineData(Minimal + "preparation:\n  unit_fixes:\n    - {column: income, above: 1000}\n", 7, "divide_by")]
    [InlineData(Minimal + "preparation:\n  unit_fixes:\n    - {column: income, above: 1000, divide_by: 0}\n", 7, "divide_by")]
    [InlineData(Minimal + "preparation:\n  unit_fixes:\n    - {column: income, above: 1000, multiply_by: 12}\n", 7, "divide_by")]
    [InlineData(Minimal + "preparation:\n  unit_fixes:\n    - {column: income, divide_by: 12}\n", 7, "above")]
    [InlineData(Minimal + "preparation:\n  unit_fixes:\n    - {column: income, above: 1000, divide_by: 12, below: 5, multiply_by: 1000}\n", 7, "above")]
    public void Load_WrongType_NamesTheKeyAndLine(string yaml, int line, string key)
    {
        var error = LoadFails(yaml);
        AssertLine(error, line);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedYaml_NamesTheLine()
    {
        var error = LoadFails("name: p\ndata:\n  source: rows.csv\n  target: \"y\n");
        Assert.StartsWith("carbet.yaml line ", error.Message, StringComparison.Ordinal);
        Assert.Contains("malformed", error.Message, StringComparison.Ordinal);

        var indented = LoadFails("name: p\ndata:\n  source: rows.csv\n   target: y\n");
        AssertLine(indented, 4);
    }

    [Fact]
    public void Load_DuplicateKey_IsAUserErrorWithTheLine()
    {
        var error = LoadFails(Minimal + "name: q\n");
        AssertLine(error, 5);
    }

    [Fact]
    public void Load_MissingTarget_NamesDataAndItsLine()
    {
        var error = LoadFails("name: p\n\ndata:\n  source: rows.csv\n");
        AssertLine(error, 3);
        Assert.Contains("'data.target' is missing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data:\n  source: rows.csv\n  target: y\n", "'name' is missing")]
    [InlineData("name: p\n", "'data' is missing")]
    [InlineData("name: p\ndata:\n  target: y\n", "'data.source' is missing")]
    [InlineData("name: p\ndata:\n  source: \"\"\n  target: y\n", "data.source")]
    public void Load_MissingSection_SaysWhatIsMissing(string yaml, string problem)
    {
        var error = LoadFails(yaml);
        Assert.StartsWith("carbet.yaml line ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("just a sentence\n")]
    [InlineData("- a\n- b\n")]
    public void Load_EmptyOrNotAMapping_IsAUserErrorNamingTheFile(string yaml)
    {
        var error = LoadFails(yaml);
        Assert.StartsWith("carbet.yaml line 1:", error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
    }

    [Fact]
    public void Load_MissingFile_SaysHowToCreateOne()
    {
        var path = _folder.File("nowhere.yaml");
        var error = Assert.Throws<UserErrorException>(() => ProjectFileLoader.Load(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("carbet init", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TypesOverrides_ParseToColumnKinds()
    {
        var project = ProjectFileLoader.Load(Write(Minimal.Replace("  target: y\n", "  target: y\n  types:\n    age: Integer\n    \"zip code\": category\n    note: text\n    seen: datetime\n    ref: identifier\n    ok: boolean\n    amount: number\n", StringComparison.Ordinal)));

        Assert.Equal(new Dictionary<string, ColumnKind>
        {
            ["age"] = ColumnKind.Integer,
            ["zip code"] = ColumnKind.Category,
            ["note"] = ColumnKind.Text,
            ["seen"] = ColumnKind.DateTime,
            ["ref"] = ColumnKind.Identifier,
            ["ok"] = ColumnKind.Boolean,
            ["amount"] = ColumnKind.Number,
        }, project.Data.Types);
    }

    [Fact]
    public void Load_Alternatives_ReadsPathsAndQueriesWithTheirLines()
    {
        var project = ProjectFileLoader.Load(Write("""
            name: p
            data:
              source: rows.csv
              target: y
              alternatives:
                - ../backup/rows.parquet
                - {path: sub/rows.csv}
                - sql:
                    connection: "Data Source=rows.db"
                    query: select * from rows
              missing: ["?", n/a]
            """));

        var alternatives = project.Data.Alternatives;
        Assert.Equal(3, alternatives.Length);
        Assert.Equal(Path.GetFullPath(Path.Combine(_folder.Path, "..", "backup", "rows.parquet")), alternatives[0].Path);
        Assert.Equal(Path.GetFullPath(_folder.File("sub/rows.csv")), alternatives[1].Path);
        Assert.Equal((null, "Data Source=rows.db", "select * from rows"), (alternatives[2].Path, alternatives[2].Connection, alternatives[2].Query));
        Assert.Equal([6, 7, 8], alternatives.Select(a => a.Line));
        Assert.Equal(["?", "n/a"], project.Data.MissingTokens!.Value);
        Assert.StartsWith("sql: select", alternatives[2].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingKeyAbsent_KeepsTheLoaderDefaults()
    {
        var project = ProjectFileLoader.Load(Write(Minimal));
        Assert.Null(project.Data.MissingTokens);
        Assert.Equal(TaskKind.Binary, project.Task);
        Assert.Equal((0.15, 0.15), (project.Preparation.Validation, project.Preparation.Test));
    }

    [Fact]
    public void Load_Preparation_ReadsMappingsUnitFixesAndSplit()
    {
        var project = ProjectFileLoader.Load(Write(Minimal + """
            preparation:
              category_mappings:
                housing: {Owner: owner, OWNER: owner, rent: renter}
                "sex ": {F: female}
              unit_fixes:
                - {column: monthly_income, above: 20000, divide_by: 12}
                - {column: loan_amount, below: 100, multiply_by: 1000}
              split: {validation: 0.2, test: 0.1, column: part}
            costs: {false_negative: 5, false_positive: 1.5}
            """));

        var preparation = project.Preparation;
        Assert.Equal(["housing", "sex "], preparation.CategoryMappings.Keys);
        Assert.Equal("renter", preparation.CategoryMappings["housing"]["rent"]);
        Assert.Equal("owner", preparation.CategoryMappings["housing"]["OWNER"]);
        Assert.Equal([new UnitFixSpec("monthly_income", 20000, 12, Multiply: false), new UnitFixSpec("loan_amount", 100, 1000, Multiply: true)], preparation.UnitFixes);
        Assert.Equal((0.2, 0.1), (preparation.Validation, preparation.Test));
        Assert.Equal("part", preparation.SplitColumn);
        Assert.Equal(new ErrorCosts(5, 1.5), project.Costs);
    }

    [Fact]
    public void Load_Expectations_KeepTheirArgumentsAndLines()
    {
        var project = ProjectFileLoader.Load(Write(Minimal + """
            validation:
              expectations:
                - {type: not_null, column: age, mostly: 0.9}
                - type: allowed_set
                  column: housing
                  values: [owner, renter]
                - {type: row_count, min: 10}
            """));

        var e = project.Expectations;
        Assert.Equal(["not_null", "allowed_set", "row_count"], e.Select(x => x.Type));
        Assert.Equal([7, 8, 11], e.Select(x => x.Line));
        Assert.Equal("0.9", e[0].Arguments["mostly"]);
        Assert.False(e[0].Arguments.ContainsKey("type"));
        Assert.Equal(["owner", "renter"], (ImmutableArray<string>)e[1].Arguments["values"]);
    }

    [Fact]
    public void Load_Datasheet_ReadsItsFieldsAndLowerCasesApprovers()
    {
        var project = ProjectFileLoader.Load(Write(Minimal + """
            datasheet:
              owner: Risk team
              intended_uses: [scoring, "audits"]
              approvers: [Sponsor, DPO]
            """));

        Assert.Equal("Risk team", project.Datasheet.Owner);
        Assert.Equal(["scoring", "audits"], project.Datasheet.IntendedUses);
        Assert.Equal(["sponsor", "dpo"], project.Datasheet.Approvers);
    }

    [Fact]
    public void Load_RelativeSource_ResolvesFromTheProjectFolder()
    {
        Directory.CreateDirectory(_folder.File("sub"));
        var project = ProjectFileLoader.Load(Write(Minimal, Path.Combine("sub", "carbet.yaml")));
        Assert.Equal(Path.GetFullPath(_folder.File("sub/rows.csv")), project.Data.Source.Path);
        Assert.Equal(Path.GetFullPath(_folder.File("sub")), project.Folder);
    }
}

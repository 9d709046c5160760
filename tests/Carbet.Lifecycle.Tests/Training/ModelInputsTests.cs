using Carbet.Core;
using Carbet.Data.Tables;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Training;
using Carbet.Modeling.Features;

namespace Carbet.Lifecycle.Tests.Training;

public sealed class ModelInputsTests
{
    private static readonly DataTable Table = new("rows.csv",
    [
        new NumericColumn("income", ColumnKind.Number, [1, 2, 3]),
        new NumericColumn("age", ColumnKind.Integer, [30, 40, 50]),
        TextColumn.FromValues("sex", ColumnKind.Category, ["f", "m", "f"]),
        TextColumn.FromValues("id", ColumnKind.Identifier, ["a", "b", "c"]),
        TextColumn.FromValues("notes", ColumnKind.Text, ["x", "y", "z"]),
        new DateTimeColumn("opened", [1, 2, 3], hasTime: false),
        new DateTimeColumn("applied", [1, 2, 3], hasTime: false),
        new NumericColumn("y", ColumnKind.Boolean, [0, 1, 0]),
    ]);

    private static ProjectFile Project(params string[] allowSensitive) =>
        new ProjectFile("carbet.yaml", "p", new UseCaseCanvas("", "", "", "probability"), new DataSection(new SourceSpec("rows.csv", null, null, 1), "y")
        {
            Id = "id",
            Time = "applied",
            Sensitive = ["sex", "age"],
        }, TaskKind.Binary)
        { Features = new FeatureOptions { AllowSensitive = [.. allowSensitive] } };

    [Fact]
    public void Request_Defaults_SensitiveIdTimeAndTextLeftOutDatesIn()
    {
        var request = ModelInputs.Request(Table, "train.csv", Project());
        Assert.Equal(["income"], request.NumericFeatures);
        Assert.Empty(request.CategoricalFeatures);
        Assert.Equal(["opened"], request.DateFeatures);
        Assert.Equal("applied", request.TimeColumn);
        var excluded = ModelInputs.Excluded(Table, Project());
        Assert.Equal(["age", "applied", "id", "notes", "sex", "y"], excluded.Keys);
        Assert.StartsWith("sensitive", excluded["sex"], StringComparison.Ordinal);
    }

    [Fact]
    public void Request_SensitiveAllowed_BecomesAnInput()
    {
        var request = ModelInputs.Request(Table, "train.csv", Project("sex"));
        Assert.Equal(["sex"], request.CategoricalFeatures);
        Assert.DoesNotContain("sex", ModelInputs.Excluded(Table, Project("sex")).Keys);
        Assert.Contains("age", ModelInputs.Excluded(Table, Project("sex")).Keys);
    }
}

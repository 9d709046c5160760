using Carbet.Core;
using Carbet.Data.Preparation;
using Carbet.Data.Reading;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Testing;

namespace Carbet.Lifecycle.Tests.DataSteps;

public sealed class PreparationRecipeTests : IDisposable
{
    private const string Csv = "id,income,city,y\n1,2100,Pointe-à-Pitre,0\n2,,Cayenne,1\n3,25200,cayenne ,0\n4,1.9,Fort-de-France,1\n5,3000,,0\n6,2500,Cayenne,0\n";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<(ProjectFile Project, Carbet.Data.Tables.DataTable Table)> LoadAsync(string preparation)
    {
        File.WriteAllText(_folder.File("rows.csv"), Csv);
        var path = _folder.File("carbet.yaml");
        File.WriteAllText(path, "name: r\ndata:\n  source: rows.csv\n  target: y\n  id: id\n" + preparation);
        var project = ProjectFileLoader.Load(path);
        var loaded = await TableLoader.LoadAsync(ProjectData.Source(project.Data.Source), ProjectData.Options(project.Data), null, TestContext.Current.CancellationToken);
        return (project, loaded.Table);
    }

    [Fact]
    public async Task For_Defaults_ImputesWithIndicatorsAndClips()
    {
        var (project, table) = await LoadAsync("");
        var steps = PreparationRecipe.For(project, table).Steps;
        Assert.Contains(steps, s => s is HandleMissing { Strategy: MissingStrategy.Median, AddIndicator: true });
        Assert.Contains(steps, s => s is Outliers { Strategy: OutlierStrategy.ClipQuantiles });
    }

    [Fact]
    public async Task For_MissingDropAndOutliersFlag_FollowsTheProject()
    {
        var (project, table) = await LoadAsync("preparation:\n  missing: drop\n  outliers: flag\n");
        var steps = PreparationRecipe.For(project, table).Steps;
        Assert.All(steps.OfType<HandleMissing>(), s => Assert.Equal(MissingStrategy.Drop, s.Strategy));
        Assert.Contains(steps, s => s is Outliers { Strategy: OutlierStrategy.Flag });
        var result = RecipeRunner.Apply(table, RecipeRunner.Fit(table, PreparationRecipe.For(project, table), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        Assert.Equal(result.RowsBefore, result.RowsAfter + result.RowsDropped);
        Assert.True(result.RowsDropped >= 2);
    }

    [Fact]
    public async Task For_OutliersNone_HasNoOutlierStep()
    {
        var (project, table) = await LoadAsync("preparation:\n  outliers: none\n");
        Assert.DoesNotContain(PreparationRecipe.For(project, table).Steps, s => s is Outliers);
    }

    [Fact]
    public async Task For_UnitFixesAndMappings_FixUnitsAfterSpellings()
    {
        var (project, table) = await LoadAsync("preparation:\n  category_mappings:\n    city: {cayenne: Cayenne}\n  unit_fixes:\n"
            + "    - {column: income, above: 15000, divide_by: 12}\n    - {column: income, below: 100, multiply_by: 1000}\n");
        var steps = PreparationRecipe.For(project, table).Steps.ToList();
        var normalize = steps.FindIndex(s => s is NormalizeCategories);
        Assert.Equal([normalize + 1, normalize + 2], steps.Select((s, i) => (s, i)).Where(p => p.s is FixUnits).Select(p => p.i));
        var result = RecipeRunner.Apply(table, PreparationRecipe.For(project, table), TestContext.Current.CancellationToken);
        var income = (Carbet.Data.Tables.NumericColumn)result.Table["income"];
        Assert.InRange(income.Values.ToArray().Where(v => !double.IsNaN(v)).Max(), 2100, 3000);
    }

    [Fact]
    public void Load_UnknownPreparationChoice_NamesTheLine()
    {
        File.WriteAllText(_folder.File("carbet.yaml"), "name: r\ndata:\n  source: rows.csv\n  target: y\npreparation:\n  outliers: trim\n");
        var error = Assert.Throws<UserErrorException>(() => ProjectFileLoader.Load(_folder.File("carbet.yaml")));
        Assert.Contains("line 6", error.Message, StringComparison.Ordinal);
        Assert.Contains("clip, flag, none", error.Fix, StringComparison.Ordinal);
    }
}

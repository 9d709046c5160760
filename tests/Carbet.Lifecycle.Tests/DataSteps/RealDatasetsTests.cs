using Carbet.Core;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Testing;
using Carbet.Tracking;

namespace Carbet.Lifecycle.Tests.DataSteps;

/// <summary>carbet init, data profile and data prepare on public datasets read in place from ../shared, with no hand edits.</summary>
public sealed class RealDatasetsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("adult", "adult.data", "column_15")]
    [InlineData("german-credit", "german.data", "column_21")]
    [InlineData("bank-marketing", "bank-full.csv", "y")]
    [InlineData("compas", "compas-scores-two-years.csv", "two_year_recid")]
    [InlineData("credit-card-default", "default_of_credit_card_clients.csv", "default payment next month")]
    [InlineData("telco-churn", "WA_Fn-UseC_-Telco-Customer-Churn.csv", "Churn")]
    [InlineData("titanic", "train.csv", "Survived")]
    public async Task InitProfilePrepare_RealDataset_SucceedWithoutEdits(string dataset, string file, string target)
    {
        var ct = TestContext.Current.CancellationToken;
        var data = Repo.Shared("datasets", dataset, file);
        var path = _folder.File("carbet.yaml");

        var guess = await ProjectInitializer.WriteAsync(data, target, dataset, path, overwrite: false, ct);
        var project = ProjectFileLoader.Load(path);
        await using var store = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = _folder.Path }, ct);
        var context = new CarbetContext(CarbetContext.DefaultSeed);
        var profile = await new DataProfileWorkflow(store, context).RunAsync(project, null, ct);
        var prepared = await new DataPrepareWorkflow(store, context).RunAsync(project, null, ct);

        Assert.Equal(Path.GetFullPath(data), project.Data.Source.Path);   // read in place, never copied
        Assert.Equal(TaskKind.Binary, guess.Task);
        Assert.NotNull(project.Data.Positive);
        Assert.Equal(profile.Load.RowsRead, profile.Load.RowsKept + profile.Load.RowsRejected);
        Assert.Equal(prepared.Load.RowsRead, prepared.Load.RowsKept + prepared.Load.RowsRejected);
        Assert.True(profile.Load.RowsKept > 0.95 * profile.Load.RowsRead, $"{profile.Load.RowsRejected} of {profile.Load.RowsRead} rows rejected");
        Assert.Equal(profile.RawVersion.Id, prepared.RawVersion.Id);
        Assert.Equal(prepared.RawVersion.Id, prepared.PreparedVersion.ParentId);
        Assert.True(prepared.PreparedVersion.Rows > 0);
        Assert.Equal(prepared.Preparation.RowsBefore, prepared.Preparation.RowsAfter + prepared.Preparation.RowsDropped);
        Assert.NotNull(prepared.Preparation.Table.Find(PreparationRecipe.Renamed(target)));
        Assert.Equal(prepared.PreparedVersion.Rows, prepared.Split.Train.Length + prepared.Split.Validation.Length + prepared.Split.Test.Length);
    }
}

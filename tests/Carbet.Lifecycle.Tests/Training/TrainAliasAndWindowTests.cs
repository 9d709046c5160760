using System.Globalization;

using Carbet.Core;
using Carbet.Data.DemoWorld;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Demo;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Training;
using Carbet.Testing;
using Carbet.Tracking;

namespace Carbet.Lifecycle.Tests.Training;

public sealed class TrainAliasAndWindowTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static TrainOptions Quick => new() { Families = ["logistic", "baseline"], Folds = 2, Tuning = new TuningSection { Trials = 0 }, Actor = "tester" };

    private async Task<(IStore Store, ProjectFile Project, int Rows)> PreparedAsync(CancellationToken ct)
    {
        var world = await DemoWorldWriter.WriteAsync(new DemoWorldOptions { Months = 3, ApplicationsPerMonth = 300 }, _folder.File("world"), null, ct);
        var project = ProjectFileLoader.Load(await DemoProject.WriteAsync(world.Folder, ct));
        var store = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = _folder.Path }, ct);
        var prepared = await new DataPrepareWorkflow(store, new CarbetContext(5)).RunAsync(project, null, ct);
        return (store, project, (int)prepared.Preparation.RowsAfter);
    }

    [Fact]
    public async Task RunAsync_Twice_FirstBecomesChampionSecondChallenger()
    {
        var ct = TestContext.Current.CancellationToken;
        var (store, project, _) = await PreparedAsync(ct);
        await using var _store = store;

        var first = await new TrainWorkflow(store, new CarbetContext(5)).RunAsync(project, Quick, null, ct);
        var second = await new TrainWorkflow(store, new CarbetContext(5)).RunAsync(project, Quick, null, ct);

        Assert.Equal(("champion", "challenger"), (first.Alias?.Alias, second.Alias?.Alias));
        Assert.Equal(first.Version, (await store.Models.ResolveAsync(project.Name, "champion", ct))?.Version);
        Assert.Equal(second.Version, (await store.Models.ResolveAsync(project.Name, "challenger", ct))?.Version);
        var audit = await store.Audit.ListAsync("model/" + project.Name, 10, ct);
        Assert.Equal(2, audit.Count(e => e.Actor == "tester" && e.Action.Contains("alias", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_KnownBefore_TrainsAndTestsOnlyEarlierRowsAndRecordsTheCutoff()
    {
        var ct = TestContext.Current.CancellationToken;
        var (store, project, rows) = await PreparedAsync(ct);
        await using var _store = store;

        var summary = await new TrainWorkflow(store, new CarbetContext(5)).RunAsync(project, Quick with { KnownBefore = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc) }, null, ct);

        var run = await store.Runs.GetAsync(summary.RunId, ct);
        Assert.NotNull(run);
        Assert.Equal("2024-03-01", run.Params["data.known_before"]);
        var later = int.Parse(run.Params["data.rows_later"], CultureInfo.InvariantCulture);
        Assert.InRange(later, 200, 400);   // about one month of three
        Assert.Equal(rows, summary.TrainRows + summary.TestRows + later + int.Parse(run.Params["data.rows_without_time"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task RunAsync_KnownBeforeTheFirstRow_IsAUserErrorAndRegistersNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var (store, project, _) = await PreparedAsync(ct);
        await using var _store = store;

        var error = await Assert.ThrowsAsync<UserErrorException>(() => new TrainWorkflow(store, new CarbetContext(5))
            .RunAsync(project, Quick with { KnownBefore = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc) }, null, ct));

        Assert.Contains("before 2020-01-01", error.Message, StringComparison.Ordinal);
        Assert.Null(await store.Models.FindAsync(project.Name, ct));
    }
}

using Carbet.Core;
using Carbet.Data.DemoWorld;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Demo;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Retraining;
using Carbet.Lifecycle.Training;
using Carbet.Testing;
using Carbet.Tracking;

namespace Carbet.Lifecycle.Tests.Retraining;

/// <summary>A small prepared demo world whose trained version 1 is champion, then retrained three times: from champion, from
/// version 1 again (same inputs), and from the challenger the second retrain left (a retrain run as parent).</summary>
public sealed class RetrainFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public IStore Store { get; private set; } = null!;

    public CarbetContext Context { get; } = new(CarbetContext.DefaultSeed);

    public ProjectFile Project { get; private set; } = null!;

    public TrainSummary Trained { get; private set; } = null!;

    public RetrainSummary FromChampion { get; private set; } = null!;

    public RetrainSummary Again { get; private set; } = null!;

    public RetrainSummary FromRetrain { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var world = await DemoWorldWriter.WriteAsync(new DemoWorldOptions { Months = 3, ApplicationsPerMonth = 400 }, _folder.File("world"), null, ct);
        Project = ProjectFileLoader.Load(await DemoProject.WriteAsync(world.Folder, ct));
        Store = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = _folder.Path }, ct);
        await new DataPrepareWorkflow(Store, Context).RunAsync(Project, null, ct);
        var options = new TrainOptions { Families = ["logistic", "baseline"], Folds = 3, Tuning = new TuningSection { Trials = 3 } };
        Trained = await new TrainWorkflow(Store, Context).RunAsync(Project, options, null, ct);
        await Store.Models.SetAliasAsync(Project.Name, "champion", Trained.Version, "tests", ct);
        var retrain = new RetrainWorkflow(Store, Context);
        FromChampion = await retrain.RunAsync(Project, new RetrainOptions { Folds = 3, Actor = "tests" }, null, ct);
        Again = await retrain.RunAsync(Project, new RetrainOptions { From = "1", Folds = 3, Actor = "tests" }, null, ct);
        FromRetrain = await retrain.RunAsync(Project, new RetrainOptions { From = "challenger", Folds = 3, Actor = "tests" }, null, ct);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _folder.Dispose();
    }
}

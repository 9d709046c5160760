using Carbet.Core;
using Carbet.Data.DemoWorld;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Demo;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Training;
using Carbet.Testing;
using Carbet.Tracking;

namespace Carbet.Lifecycle.Tests.Training;

/// <summary>One small demo world, prepared and trained once with three families and three folds, shared by the tests that read the outcome.</summary>
public sealed class TrainFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public IStore Store { get; private set; } = null!;

    public TrainSummary Summary { get; private set; } = null!;

    public List<string> Steps { get; } = [];

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var world = await DemoWorldWriter.WriteAsync(new DemoWorldOptions { Months = 3, ApplicationsPerMonth = 400 }, _folder.File("world"), null, ct);
        var project = ProjectFileLoader.Load(await DemoProject.WriteAsync(world.Folder, ct));
        Store = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = _folder.Path }, ct);
        var context = new CarbetContext(CarbetContext.DefaultSeed);
        await new DataPrepareWorkflow(Store, context).RunAsync(project, null, ct);
        // the leaderboard on 4 folds, the study on its default 3
        var options = new TrainOptions { Families = ["logistic", "lightgbm", "baseline"], Folds = 4, Tuning = new TuningSection { Trials = 6 } };
        Summary = await new TrainWorkflow(Store, context).RunAsync(project, options, new ListProgress(Steps), ct);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _folder.Dispose();
    }

    private sealed class ListProgress(List<string> steps) : IProgress<WorkflowProgress>
    {
        public void Report(WorkflowProgress value) => steps.Add(value.Step);
    }
}

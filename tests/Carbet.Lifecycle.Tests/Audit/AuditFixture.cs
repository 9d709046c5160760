using Carbet.Core;
using Carbet.Data.DemoWorld;
using Carbet.Lifecycle.Audit;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Demo;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Training;
using Carbet.Testing;
using Carbet.Tracking;

namespace Carbet.Lifecycle.Tests.Audit;

/// <summary>The audit tests share one <see cref="AuditFixture"/>: training it is the costly part.</summary>
[CollectionDefinition(Name)]
public sealed class AuditedDemo : ICollectionFixture<AuditFixture>
{
    public const string Name = "audited demo";
}

/// <summary>A small prepared demo world with a trained champion, audited once with 200 bootstrap resamples.</summary>
public sealed class AuditFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public IStore Store { get; private set; } = null!;

    public CarbetContext Context { get; } = new(CarbetContext.DefaultSeed);

    public ProjectFile Project { get; private set; } = null!;

    public TrainSummary Trained { get; private set; } = null!;

    public AuditSummary Audit { get; private set; } = null!;

    public static AuditOptions Options => new() { Fairness = new Evaluation.Fairness.FairnessAuditOptions { BootstrapResamples = 200, Seed = 7 } };

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var world = await DemoWorldWriter.WriteAsync(new DemoWorldOptions { Months = 3, ApplicationsPerMonth = 600 }, _folder.File("world"), null, ct);
        Project = ProjectFileLoader.Load(await DemoProject.WriteAsync(world.Folder, ct));
        Store = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = _folder.Path }, ct);
        await new DataPrepareWorkflow(Store, Context).RunAsync(Project, null, ct);
        var options = new TrainOptions { Families = ["logistic", "baseline"], Folds = 3, Tuning = new TuningSection { Trials = 0 } };
        Trained = await new TrainWorkflow(Store, Context).RunAsync(Project, options, null, ct);
        Audit = await new AuditWorkflow(Store, Context).RunAsync(Project, Options, null, ct);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _folder.Dispose();
    }
}

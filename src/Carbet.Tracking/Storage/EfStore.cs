using Carbet.Tracking.Artifacts;
using Carbet.Tracking.Audit;
using Carbet.Tracking.Datasets;
using Carbet.Tracking.Keys;
using Carbet.Tracking.Predictions;
using Carbet.Tracking.Registry;
using Carbet.Tracking.Reviews;
using Carbet.Tracking.Runs;
using Carbet.Tracking.Studies;
using Carbet.Tuning.Storage;

namespace Carbet.Tracking.Storage;

/// <summary>The store on one engine, with local artifacts.</summary>
internal sealed class EfStore : IStore
{
    public EfStore(StoreEngine engine, IArtifactStore artifacts, TimeProvider time)
    {
        Engine = engine;
        Artifacts = artifacts;
        Runs = new EfRunStore(engine, artifacts, time);
        Datasets = new EfDatasetStore(engine, time);
        Models = new EfModelRegistry(engine, time);
        Audit = new EfAuditLog(engine, time);
        Studies = new EfStudyStorage(engine, time);
        Keys = new EfApiKeyStore(engine, time);
        Predictions = new EfPredictionStore(engine, time);
        Reviews = new EfReviewStore(engine, time);
    }

    public StoreEngine Engine { get; }

    public string Description => Engine.Description;

    public IRunStore Runs { get; }

    public IDatasetStore Datasets { get; }

    public IModelRegistry Models { get; }

    public IStudyStorage Studies { get; }

    public IArtifactStore Artifacts { get; }

    public IAuditLog Audit { get; }

    public IApiKeyStore Keys { get; }

    public IPredictionStore Predictions { get; }

    public IReviewStore Reviews { get; }

    public ValueTask DisposeAsync() => Engine.DisposeAsync();
}

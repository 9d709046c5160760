using Carbet.Tracking.Artifacts;
using Carbet.Tracking.Audit;
using Carbet.Tracking.Datasets;
using Carbet.Tracking.Keys;
using Carbet.Tracking.Predictions;
using Carbet.Tracking.Registry;
using Carbet.Tracking.Reviews;
using Carbet.Tracking.Runs;
using Carbet.Tuning.Storage;

namespace Carbet.Tracking;

/// <summary>The records of a Carbet project: experiments and runs, datasets, the model registry,
/// tuning studies, artifacts, the audit log, predictions and reviews, on one engine (SQLite or PostgreSQL).</summary>
/// <remarks>Contract (<c>StoreContractTests</c>): every implementation passes the same suite; writes that
/// belong together are one transaction; an unknown run, model, version or alias given to a write
/// throws <see cref="Core.UserErrorException"/>, while reads return null.</remarks>
public interface IStore : IAsyncDisposable
{
    /// <summary>Where the store lives, safe to print (no password).</summary>
    string Description { get; }

    /// <summary>Experiments and their runs.</summary>
    IRunStore Runs { get; }

    /// <summary>Datasets and their versions.</summary>
    IDatasetStore Datasets { get; }

    /// <summary>Models, versions and aliases.</summary>
    IModelRegistry Models { get; }

    /// <summary>Tuning studies and their trials, shared by every worker that opens this store.</summary>
    IStudyStorage Studies { get; }

    /// <summary>The content-addressed files runs produce.</summary>
    IArtifactStore Artifacts { get; }

    /// <summary>Who changed what, and when.</summary>
    IAuditLog Audit { get; }

    /// <summary>The server's API keys and their roles.</summary>
    IApiKeyStore Keys { get; }

    /// <summary>The prediction log and the actual outcomes that come back later.</summary>
    IPredictionStore Predictions { get; }

    /// <summary>The review queue, reviewers' decisions and the stop switch.</summary>
    IReviewStore Reviews { get; }
}

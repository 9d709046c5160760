using Carbet.Core;
using Carbet.Data.Writing;
using Carbet.Serving.Validation;
using Carbet.Tracking;
using Carbet.Tracking.Artifacts;
using Carbet.Tracking.Registry;

namespace Carbet.Serving.Hosting;

/// <summary>Reads a registered version into a <see cref="LoadedModel"/>: its model file from the artifact store, its
/// decision threshold from its metrics, and its training domain from the dataset version it was trained on.</summary>
internal static class ModelLoader
{
    public const string ThresholdMetric = "decision_threshold";

    public static async Task<LoadedModel> LoadAsync(IStore store, ModelVersionSnapshot version, ModelHostOptions options, CancellationToken ct)
    {
        if (!version.Metrics.TryGetValue(ThresholdMetric, out var threshold))
        {
            throw new UserErrorException($"{version.Model} v{version.Version} has no decision threshold: it is not a binary classifier trained by carbet train.",
                "Serve a binary model's version; multiclass and regression models are not served yet.");
        }
        var file = await store.Artifacts.ReadAllBytesAsync(version.ArtifactSha256, ct);
        var domain = await DomainAsync(store, version, ct);
        var explainers = await Task.Run(() => new ExplainerPool(file, options.Seed), ct);
        return new LoadedModel(version, threshold, new RowValidator(version.InputSignature, domain, options.Validation), explainers);
    }

    private static async Task<TrainingDomain> DomainAsync(IStore store, ModelVersionSnapshot version, CancellationToken ct)
    {
        if (version.DatasetVersionId is not { } id || await store.Datasets.GetAsync(id, ct) is not { } dataset
            || !store.Artifacts.Contains(dataset.ContentHash))
            return TrainingDomain.None;
        await using var stream = store.Artifacts.OpenRead(dataset.ContentHash);
        var table = await ParquetTableWriter.ReadAsync(stream, $"{dataset.Dataset} v{dataset.Version}", ct);
        return TrainingDomain.From(table, version.InputSignature);
    }
}

using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;
using Carbet.Modeling.Families;
using Carbet.Tracking;
using Carbet.Tracking.Artifacts;
using Carbet.Tracking.Registry;
using Carbet.Tracking.Runs;

namespace Carbet.Lifecycle.Retraining;

/// <summary>The registered version <c>carbet retrain</c> starts from: its run, the family that won and the hyperparameters it was
/// fitted with, and its model file.</summary>
/// <remarks>A <c>train</c> run names its winner in <c>selection.winner</c>; the values are the run's <c>tuned.hp.*</c> when that
/// family was tuned, else the <c>hp.*</c> of the winner's child run. A <c>retrain</c> run holds <c>family</c> and <c>hp.*</c> itself;
/// a <c>demo</c> run holds <c>family</c> and <c>&lt;family&gt;.*</c>.</remarks>
internal sealed record ParentModel(ModelVersionSnapshot Version, RunSnapshot Run, IModelFamily Family, HyperParameters Parameters, byte[] ModelFile)
{
    /// <summary>The alias the version was found by, or null when given by number.</summary>
    public string? Alias { get; init; }

    /// <summary>How people read it, e.g. <c>credit-risk v2</c>.</summary>
    public string Name => $"{Version.Model} v{Version.Version.ToString(CultureInfo.InvariantCulture)}";

    public static async Task<ParentModel> ResolveAsync(IStore store, string model, string from, CancellationToken ct)
    {
        var version = await FindVersionAsync(store, model, from, ct);
        var name = $"{model} v{version.Version.ToString(CultureInfo.InvariantCulture)}";
        var lacks = "Retrain a version registered by carbet train or carbet retrain, or run carbet train to register one.";
        var run = await store.Runs.GetAsync(version.RunId, ct)
            ?? throw new UserErrorException($"The run {version.RunId} that trained {name} is not in the store.", lacks);
        var familyName = run.Params.GetValueOrDefault("selection.winner") ?? run.Params.GetValueOrDefault("family")
            ?? throw new UserErrorException($"The run {run.Id} of {name} records no model family (param selection.winner or family).", lacks);
        var family = ModelFamilies.Get(familyName);
        if (ModelFamilies.Unavailable(family) is { } reason)
            throw new UserErrorException($"{name} is an {family.Name} model, and {family.Name} cannot train here: {reason}", "Retrain where libtorch loads, or retrain another version.");
        var recorded = await RecordedValuesAsync(store, run, family, ct);
        if (recorded.Count == 0 && !family.Space.Parameters.IsEmpty)
            throw new UserErrorException($"The run {run.Id} of {name} records no hyperparameters of its {family.Name} model.", lacks);
        var values = family.Space.Parameters.Where(p => recorded.ContainsKey(p.Name))
            .ToDictionary(p => p.Name, p => Parse(p, recorded[p.Name], run.Id));
        var parameters = FamilyTrainer.Complete(family, new HyperParameters(values.ToImmutableSortedDictionary(StringComparer.Ordinal)));
        var file = await store.Artifacts.ReadAllBytesAsync(version.ArtifactSha256, ct);
        return new ParentModel(version, run, family, parameters, file) { Alias = int.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? null : from };
    }

    /// <summary>The version an alias points at, or the version of that number: a user error naming the fix otherwise.</summary>
    public static async Task<ModelVersionSnapshot> FindVersionAsync(IStore store, string model, string from, CancellationToken ct)
    {
        if (await store.Models.FindAsync(model, ct) is not { } found)
        {
            var models = await store.Models.ListAsync(ct);
            throw new UserErrorException($"There is no model '{model}' in the registry.",
                models.IsEmpty ? "Run carbet train first to register one." : $"Give --model one of: {string.Join(", ", models.Select(m => m.Name))}.");
        }
        if (int.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return await store.Models.GetVersionAsync(model, number, ct) ?? throw new UserErrorException($"Model '{model}' has no version {number}.",
                $"Give --from one of its versions ({string.Join(", ", (await store.Models.ListVersionsAsync(model, ct)).Select(v => v.Version).Order())}) or an alias.");
        }
        var aliases = found.Aliases.Count == 0 ? "it has none yet" : $"it has {string.Join(", ", found.Aliases.Select(a => $"{a.Key} (v{a.Value})"))}";
        return await store.Models.ResolveAsync(model, from, ct) ?? throw new UserErrorException($"Model '{model}' has no alias '{from}' ({aliases}).",
            $"Give --from a version number (1 to {found.LatestVersion}), or point the alias at one with carbet models alias set {model} {from} <version>.");
    }

    // the values as the run wrote them, by hyperparameter name
    private static async Task<Dictionary<string, string>> RecordedValuesAsync(IStore store, RunSnapshot run, IModelFamily family, CancellationToken ct)
    {
        if (run.Params.ContainsKey("selection.winner"))
        {
            var tuned = run.Params.GetValueOrDefault("tuning.family") == family.Name;
            if (tuned && Prefixed(run, "tuned.hp.") is { Count: > 0 } best)
                return best;
            return await WinnerChildAsync(store, run, family.Name, tuned ? $"{family.Name} (tuned)" : family.Name, ct) is { } child
                ? Prefixed(child, "hp.")
                : [];
        }
        return Prefixed(run, "hp.") is { Count: > 0 } own ? own : Prefixed(run, family.Name + ".");
    }

    private static async Task<RunSnapshot?> WinnerChildAsync(IStore store, RunSnapshot run, string family, string label, CancellationToken ct)
    {
        var query = new RunQuery { Experiment = run.Experiment, Filters = [new RunFilter(RunFilterTarget.Param, "family", FilterOperator.Equal, family)], Take = 1000 };
        for (var skip = 0; ; skip += query.Take)
        {
            var page = await store.Runs.SearchAsync(query with { Skip = skip }, ct);
            if (page.Runs.FirstOrDefault(r => r.ParentRunId == run.Id && r.Name == label) is { } child)
                return child;
            if (skip + page.Runs.Length >= page.Total || page.Runs.IsEmpty)
                return null;
        }
    }

    private static Dictionary<string, string> Prefixed(RunSnapshot run, string prefix) =>
        run.Params.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(p => p.Key[prefix.Length..], p => p.Value, StringComparer.Ordinal);

    private static double Parse(HyperParameter parameter, string text, string runId)
    {
        if (parameter.Kind == HyperParameterKind.Categorical && parameter.Choices.IndexOf(text) is var index and >= 0)
            return index;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UserErrorException($"The run {runId} records the hyperparameter '{parameter.Name}' as '{text}', which is not a value of it.",
                "Retrain another version, or run carbet train to register a new one.");
    }
}

using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Tuning.Spaces;
using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Studies;

/// <summary>A named search for the best hyperparameters: every trial of one objective, kept in an <see cref="IStudyStorage"/>
/// and shared by every worker that opens the same name there.</summary>
public sealed partial class Study
{
    private Study(IStudyStorage storage, StudyRecord record, StudyOptions options)
    {
        Storage = storage;
        Record = record;
        Options = options;
    }

    /// <summary>The study as stored.</summary>
    public StudyRecord Record { get; }

    /// <summary>The study's name.</summary>
    public string Name => Record.Name;

    /// <summary>Whether smaller or larger values are better.</summary>
    public StudyDirection Direction => Record.Direction;

    /// <summary>The hyperparameters searched.</summary>
    public SearchSpace Space => Options.Space;

    internal IStudyStorage Storage { get; }

    internal StudyOptions Options { get; }

    /// <summary>Opens the study called <paramref name="name"/>, creating it with <paramref name="options"/>' direction and space,
    /// or resuming it; a resumed study must have been created with the same direction and space.</summary>
    public static async Task<Study> OpenAsync(IStudyStorage storage, string name, StudyOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(name))
            throw new UserErrorException("The study has no name.", "Give the study a name, e.g. the model family's.");
        var space = SearchSpaceJson.Serialize(options.Space);
        var attributes = new Dictionary<string, string> { [SearchSpaceJson.AttributeKey] = space };
        var record = await storage.OpenStudyAsync(name, options.Direction, attributes, ct).ConfigureAwait(false);
        if (record.Attributes.TryGetValue(SearchSpaceJson.AttributeKey, out var stored) && stored != space)
            throw new UserErrorException($"Study '{name}' was created with a different search space.",
                "Use a new study name for the new space, or restore the space the study was created with.");
        return new Study(storage, record, options);
    }

    /// <summary>Every trial so far, by number.</summary>
    public Task<ImmutableArray<TrialRecord>> ListTrialsAsync(CancellationToken ct) => Storage.ListTrialsAsync(Record.Id, ct);

    /// <summary>The best complete trial so far, or null when none completed.</summary>
    public async Task<TrialRecord?> FindBestTrialAsync(CancellationToken ct) => Best(await ListTrialsAsync(ct).ConfigureAwait(false));

    /// <summary>Queues a trial with fixed values (e.g. a family's defaults as trial 0) for the next worker.</summary>
    /// <remarks>Values are checked against the space: every active parameter present and in range, no inactive one.</remarks>
    public Task<TrialRecord> EnqueueAsync(IReadOnlyDictionary<string, double> parameters, CancellationToken ct)
    {
        Space.CheckValues(parameters);
        return Storage.EnqueueTrialAsync(Record.Id, parameters, ct);
    }

    /// <summary>The best complete trial among <paramref name="trials"/> in this study's direction, or null when none completed.</summary>
    public TrialRecord? Best(IEnumerable<TrialRecord> trials)
    {
        var complete = trials.Where(t => t.State == TrialState.Complete && t.Value is not null);
        return Direction == StudyDirection.Minimize ? complete.MinBy(t => t.Value) : complete.MaxBy(t => t.Value);
    }
}

using System.Collections.Immutable;

namespace Carbet.Tuning.Storage;

/// <summary>A named study: every trial of one objective, shared by all the workers that open it.</summary>
/// <param name="Attributes">Free settings fixed at creation, e.g. the search space and sampler as JSON.</param>
public sealed record StudyRecord(string Id, string Name, StudyDirection Direction, ImmutableSortedDictionary<string, string> Attributes, DateTimeOffset CreatedAt);

/// <summary>One evaluation of the objective in a study.</summary>
/// <param name="Number">0, 1, 2, ... in the order trials were created in the study, unique across workers.</param>
/// <param name="Parameters">The sampled values by name; a categorical holds the index of its choice; inactive conditional parameters are absent.</param>
/// <param name="IntermediateValues">Values reported at steps (boosting iteration, epoch, fold) while running, by step.</param>
/// <param name="Message">Why a trial failed or was pruned; null otherwise.</param>
public sealed record TrialRecord(
    string Id,
    string StudyId,
    int Number,
    TrialState State,
    ImmutableSortedDictionary<string, double> Parameters,
    double? Value,
    ImmutableSortedDictionary<int, double> IntermediateValues,
    string? Worker,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Message);

using Carbet.Tuning.Storage;

namespace Carbet.Tracking.Storage;

/// <summary>Trial states and study directions as stored: lower-case words, readable in SQL and stable if an enum is reordered.</summary>
internal static class TrialStateText
{
    public const string Waiting = "waiting";
    public const string Running = "running";
    public const string Complete = "complete";
    public const string Pruned = "pruned";
    public const string Failed = "failed";

    public static string Format(TrialState state) => state switch
    {
        TrialState.Waiting => Waiting,
        TrialState.Running => Running,
        TrialState.Complete => Complete,
        TrialState.Pruned => Pruned,
        TrialState.Failed => Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static TrialState Parse(string text) => text switch
    {
        Waiting => TrialState.Waiting,
        Running => TrialState.Running,
        Complete => TrialState.Complete,
        Pruned => TrialState.Pruned,
        Failed => TrialState.Failed,
        _ => throw new InvalidOperationException($"Unknown trial state '{text}' in the store."),
    };

    public static string Format(StudyDirection direction) => direction switch
    {
        StudyDirection.Minimize => "minimize",
        StudyDirection.Maximize => "maximize",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };

    public static StudyDirection ParseDirection(string text) => text switch
    {
        "minimize" => StudyDirection.Minimize,
        "maximize" => StudyDirection.Maximize,
        _ => throw new InvalidOperationException($"Unknown study direction '{text}' in the store."),
    };
}

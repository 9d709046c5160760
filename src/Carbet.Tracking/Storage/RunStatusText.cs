using Carbet.Tracking.Runs;

namespace Carbet.Tracking.Storage;

/// <summary>Run statuses as stored: lower-case words, readable in SQL and stable if the enum is reordered.</summary>
internal static class RunStatusText
{
    public const string Running = "running";
    public const string Finished = "finished";
    public const string Failed = "failed";

    public static string Format(RunStatus status) => status switch
    {
        RunStatus.Running => Running,
        RunStatus.Finished => Finished,
        RunStatus.Failed => Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static RunStatus Parse(string text) => text switch
    {
        Running => RunStatus.Running,
        Finished => RunStatus.Finished,
        Failed => RunStatus.Failed,
        _ => throw new InvalidOperationException($"Unknown run status '{text}' in the store."),
    };
}

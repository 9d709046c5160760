namespace Carbet.Lifecycle;

/// <summary>Turns a capability's own progress values into workflow progress, on the reporting thread.</summary>
/// <remarks><see cref="Progress{T}"/> would post each report to the thread pool, so a step could print after
/// the summary that follows it; these reports arrive in order.</remarks>
public static class ProgressMapping
{
    /// <summary>A progress sink that maps each value and forwards it; nothing when <paramref name="target"/> is null.</summary>
    public static IProgress<TFrom> Map<TFrom>(this IProgress<WorkflowProgress>? target, Func<TFrom, WorkflowProgress> map) =>
        new Mapped<TFrom>(value => target?.Report(map(value)));

    private sealed class Mapped<TFrom>(Action<TFrom> report) : IProgress<TFrom>
    {
        public void Report(TFrom value) => report(value);
    }
}

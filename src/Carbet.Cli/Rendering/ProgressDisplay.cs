using Carbet.Lifecycle;

using Spectre.Console;

namespace Carbet.Cli.Rendering;

/// <summary>Shows a workflow's progress: a live bar on a terminal, one line per step otherwise (logs, pipes, CI).</summary>
internal static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(IAnsiConsole console, string title, Func<IProgress<WorkflowProgress>, Task<T>> work)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            var lastStep = "";
            var lines = new SynchronousProgress<WorkflowProgress>(p =>
            {
                if (p.Step == lastStep)
                    return;
                lastStep = p.Step;
                console.WriteLine(p.Step);
            });
            return await work(lines);
        }
        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var bar = ctx.AddTask(Markup.Escape(title), maxValue: 1.0);
                var updates = new SynchronousProgress<WorkflowProgress>(p =>
                {
                    bar.Description = Markup.Escape(p.Step);
                    bar.Value = Math.Clamp(p.Fraction, 0, 1);
                });
                var result = await work(updates);
                bar.Value = 1.0;
                return result;
            });
    }

    // Progress<T> posts to the thread pool, so lines could print after the summary table; this reports in order.
    private sealed class SynchronousProgress<TValue>(Action<TValue> report) : IProgress<TValue>
    {
        private readonly Lock _gate = new();

        public void Report(TValue value)
        {
            lock (_gate)
                report(value);
        }
    }
}

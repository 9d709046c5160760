using System.Collections.Immutable;

using Carbet.Tracking.Runs;

using Spectre.Console;

namespace Carbet.Cli.Rendering;

/// <summary>The tables of <c>carbet runs show</c>.</summary>
internal static class RunView
{
    public static void Write(IAnsiConsole console, RunSnapshot run, ImmutableArray<ArtifactSnapshot> artifacts)
    {
        console.Write(OutputTable.Create($"Run {run.Id}", "Field", "Value")
            .Row("Experiment", run.Experiment)
            .Row("Name", run.Name)
            .Row("Status", run.Status.ToString())
            .Row("Started", Format.Time(run.StartedAt))
            .Row("Ended", run.EndedAt is { } end ? $"{Format.Time(end)} ({Format.Duration(end - run.StartedAt)})" : "")
            .Row("Git commit", run.GitCommit ?? "")
            .Row("Parent run", run.ParentRunId ?? ""));
        WritePairs(console, "Params", run.Params);
        WritePairs(console, "Metrics (latest)", run.LatestMetrics.ToImmutableSortedDictionary(m => m.Key, m => Format.Metric(m.Value)));
        WritePairs(console, "Tags", run.Tags);
        var table = OutputTable.Create("Artifacts", "Path", "Size", "sha256");
        foreach (var artifact in artifacts)
            table.Row(artifact.Path, Format.Bytes(artifact.Size), artifact.Sha256);
        console.Write(table);
    }

    private static void WritePairs(IAnsiConsole console, string title, IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var table = OutputTable.Create(title, "Key", "Value");
        foreach (var (key, value) in pairs)
            table.Row(key, value);
        console.Write(table);
    }
}

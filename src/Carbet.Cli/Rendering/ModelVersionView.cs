using Carbet.Tracking.Registry;

using Spectre.Console;

namespace Carbet.Cli.Rendering;

/// <summary>The tables of <c>carbet models show MODEL --version N</c>.</summary>
internal static class ModelVersionView
{
    public static void Write(IAnsiConsole console, ModelVersionSnapshot v)
    {
        console.Write(OutputTable.Create($"{v.Model} {Format.Version(v.Version)}", "Field", "Value")
            .Row("Aliases", string.Join(", ", v.Aliases))
            .Row("Run", v.RunId)
            .Row("Dataset version", v.DatasetVersionId ?? "")
            .Row("Artifact", $"{v.ArtifactPath} (sha256 {v.ArtifactSha256})")
            .Row("Created", Format.Time(v.CreatedAt))
            .Row("Description", v.Description ?? ""));
        var metrics = OutputTable.Create("Metrics", "Metric", "Value");
        foreach (var (key, value) in v.Metrics)
            metrics.Row(key, Format.Metric(value));
        console.Write(metrics);
        var signature = OutputTable.Create("Input signature", "Column", "Kind", "Nullable");
        foreach (var column in v.InputSignature.Columns)
            signature.Row(column.Name, column.Kind.ToString(), column.Nullable ? "yes" : "no");
        console.Write(signature);
    }
}

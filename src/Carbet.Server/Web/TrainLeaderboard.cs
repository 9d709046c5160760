using System.Collections.Immutable;
using System.Text.Json;

using Carbet.Core.Reports;
using Carbet.Tracking;

namespace Carbet.Server.Web;

/// <summary>One family's line of a training's leaderboard.</summary>
internal sealed record LeaderboardRow(int Rank, string Family, string? RunId, double? TestAuc, double? CvAuc, double? FitSeconds);

/// <summary>The leaderboard and the test ROC curve of each family, as <c>carbet train</c> wrote them in its run's
/// <c>reports/train.json</c>.</summary>
internal sealed record TrainLeaderboard(ImmutableArray<LeaderboardRow> Rows, ImmutableArray<LineSeries> Roc)
{
    public const string ArtifactPath = "reports/train.json";

    /// <summary>The leaderboard of a run, or null when it has no readable <c>reports/train.json</c>.</summary>
    public static async Task<TrainLeaderboard?> ReadAsync(IStore store, string runId, CancellationToken ct)
    {
        var artifact = (await store.Runs.ListArtifactsAsync(runId, ct)).FirstOrDefault(a => a.Path == ArtifactPath);
        if (artifact is null || !store.Artifacts.Contains(artifact.Sha256))
            return null;
        try
        {
            await using var stream = store.Artifacts.OpenRead(artifact.Sha256);
            using var json = await JsonDocument.ParseAsync(stream, cancellationToken: ct);
            return Parse(json.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static TrainLeaderboard? Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("leaderboard", out var board) || board.ValueKind != JsonValueKind.Array)
            return null;
        var rows = board.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select((e, i) =>
        {
            var metrics = e.TryGetProperty("metrics", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
            return new LeaderboardRow(Int(e, "rank") ?? (i + 1), Str(e, "family") ?? "?", Str(e, "runId"),
                Number(metrics, "test_auc"), Number(metrics, "cv_auc_mean"), Number(metrics, "fit_seconds"));
        }).ToImmutableArray();
        var roc = root.TryGetProperty("roc", out var curves) && curves.ValueKind == JsonValueKind.Array
            ? [.. curves.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.Object).Select(Curve)]
            : ImmutableArray<LineSeries>.Empty;
        return new TrainLeaderboard(rows, roc);
    }

    /// <summary>The families' ROC curves on shared axes, with the diagonal of a model that guesses, as inline SVG.</summary>
    public string RocSvg(string title, string xLabel, string yLabel, string chance) =>
        HtmlReportRenderer.RenderBlock(new LineChartBlock(title, xLabel, yLabel, [.. Roc, new LineSeries(chance, [new(0, 0), new(1, 1)])]));

    private static LineSeries Curve(JsonElement curve)
    {
        var points = curve.TryGetProperty("points", out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Array && x.GetArrayLength() == 2
                    && x[0].ValueKind == JsonValueKind.Number && x[1].ValueKind == JsonValueKind.Number)
                .Select(x => new ChartPoint(x[0].GetDouble(), x[1].GetDouble()))
            : [];
        return new LineSeries(Str(curve, "family") ?? "?", [.. points]);
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;

    private static double? Number(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}

using System.Globalization;

using Carbet.Tracking;
using Carbet.Tracking.Keys;
using Carbet.Tracking.Runs;

namespace Carbet.Server.Web.Pages;

/// <summary><c>/ui/runs/{id}</c>: a run's summary; for a training, its leaderboard and the ROC curves of every family
/// overlaid; then its metrics, params, artifacts and child runs.</summary>
internal static class RunPage
{
    public static void Map(RouteGroupBuilder ui) => ui.MapGet("/runs/{id}", ShowAsync);

    private static async Task<IResult> ShowAsync(string id, HttpContext http, IStore store)
    {
        var (user, refusal) = await UiAccess.CheckAsync(http, ApiKeyRole.Predict);
        if (refusal is not null)
            return refusal;
        var ct = http.RequestAborted;
        if (await store.Runs.GetAsync(id, ct) is not { } run)
            return UiPage.Problem(http, user, StatusCodes.Status404NotFound, UiText.NotFound, UiText.NotFoundText($"{UiText.Run} {id}"));
        var leaderboard = await TrainLeaderboard.ReadAsync(store, run.Id, ct);
        var artifacts = await store.Runs.ListArtifactsAsync(run.Id, ct);
        var children = (await store.Runs.SearchAsync(new RunQuery { Experiment = run.Experiment, Take = 1000 }, ct)).Runs.Where(r => r.ParentRunId == run.Id).ToList();
        return UiPage.Render(http, user, $"{UiText.Run} {run.Name}", html =>
        {
            html.Open("dl");
            Pair(html, UiText.Run, run.Id);
            Pair(html, UiText.Experiment, run.Experiment);
            Pair(html, UiText.Status, run.Status.ToString().ToLowerInvariant());
            Pair(html, UiText.Started, OverviewPage.Time(run.StartedAt));
            Pair(html, UiText.Ended, run.EndedAt is { } ended ? OverviewPage.Time(ended) : "");
            Pair(html, UiText.GitCommit, run.GitCommit ?? "");
            html.Element("dt", UiText.Parent).Open("dd");
            if (run.ParentRunId is { } parent)
                html.Link(RunsPage.Link(parent), parent);
            html.Close("dd").Close("dl");
            if (leaderboard is null || leaderboard.Roc.IsEmpty)
                html.Element("p", UiText.NoLeaderboard, ("class", "note"));
            if (leaderboard is not null)
                Leaderboard(html, leaderboard);
            KeyValues(html, UiText.Metrics, run.LatestMetrics.Select(m => (m.Key, m.Value.ToString("G6", CultureInfo.InvariantCulture))));
            KeyValues(html, UiText.Params, run.Params.Select(p => (p.Key, p.Value)));
            html.Element("h2", UiText.Artifacts).Open("table").Open("tr").Element("th", UiText.Path).Element("th", UiText.Size).Element("th", "sha256").Close("tr");
            foreach (var a in artifacts)
                html.Open("tr").Element("td", a.Path).Element("td", a.Size.ToString(CultureInfo.InvariantCulture)).Open("td").Element("code", a.Sha256[..12]).Close("td").Close("tr");
            html.Close("table");
            if (children.Count > 0)
            {
                html.Element("h2", UiText.Runs);
                RunsPage.RunTable(html, children);
            }
        });
    }

    private static void Leaderboard(HtmlWriter html, TrainLeaderboard board)
    {
        html.Element("h2", UiText.Leaderboard).Open("table", ("id", "leaderboard")).Open("tr");
        foreach (var header in new[] { UiText.Rank, UiText.Family, UiText.TestAuc, UiText.CvAuc, UiText.FitSeconds })
            html.Element("th", header);
        html.Close("tr");
        foreach (var row in board.Rows)
        {
            html.Open("tr").Element("td", row.Rank.ToString(CultureInfo.InvariantCulture)).Open("td");
            if (row.RunId is { } child)
                html.Link(RunsPage.Link(child), row.Family);
            else
                html.Text(row.Family);
            html.Close("td").Open("td").Number(row.TestAuc).Close("td").Open("td").Number(row.CvAuc).Close("td").Open("td").Number(row.FitSeconds, "0.00").Close("td").Close("tr");
        }
        html.Close("table");
        if (!board.Roc.IsEmpty)
            html.Open("div", ("id", "roc")).Trusted(board.RocSvg(UiText.RocCurves, UiText.FalsePositiveRate, UiText.TruePositiveRate, UiText.Chance)).Close("div");
    }

    private static void Pair(HtmlWriter html, string name, string value) => html.Element("dt", name).Element("dd", value);

    public static void KeyValues(HtmlWriter html, string heading, IEnumerable<(string Key, string Value)> items)
    {
        html.Element("h2", heading).Open("table").Open("tr").Element("th", UiText.Key).Element("th", UiText.Value).Close("tr");
        foreach (var (key, value) in items)
            html.Open("tr").Element("td", key).Element("td", value).Close("tr");
        html.Close("table");
    }
}

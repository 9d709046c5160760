using Carbet.Tracking;
using Carbet.Tracking.Keys;
using Carbet.Tracking.Runs;

namespace Carbet.Server.Web.Pages;

/// <summary><c>/ui/runs</c>: the newest top-level runs (a training, a preparation, ...), each linking to its page.</summary>
internal static class RunsPage
{
    private const int Shown = 50;

    public static void Map(RouteGroupBuilder ui) => ui.MapGet("/runs", ShowAsync);

    private static async Task<IResult> ShowAsync(HttpContext http, IStore store)
    {
        var (user, refusal) = await UiAccess.CheckAsync(http, ApiKeyRole.Predict);
        if (refusal is not null)
            return refusal;
        // child runs (families, folds, trials) are reached from their parent's page
        var page = await store.Runs.SearchAsync(new RunQuery { Take = 1000 }, http.RequestAborted);
        var runs = page.Runs.Where(r => r.ParentRunId is null).Take(Shown).ToList();
        return UiPage.Render(http, user, UiText.Runs, html =>
        {
            if (runs.Count == 0)
            {
                html.Element("p", UiText.NoRuns);
                return;
            }
            RunTable(html, runs);
        });
    }

    public static void RunTable(HtmlWriter html, IReadOnlyList<RunSnapshot> runs)
    {
        html.Open("table", ("class", "runs")).Open("tr");
        foreach (var header in new[] { UiText.Run, UiText.Experiment, UiText.Name, UiText.Status, UiText.Started, UiText.TestAuc })
            html.Element("th", header);
        html.Close("tr");
        foreach (var run in runs)
        {
            html.Open("tr").Open("td").Open("a", ("href", Link(run.Id))).Open("code").Text(run.Id).Close("code").Close("a").Close("td")
                .Element("td", run.Experiment).Element("td", run.Name).Element("td", run.Status.ToString().ToLowerInvariant())
                .Element("td", OverviewPage.Time(run.StartedAt)).Open("td").Number(run.LatestMetrics.TryGetValue("test_auc", out var auc) ? auc : null).Close("td")
                .Close("tr");
        }
        html.Close("table");
    }

    public static string Link(string runId) => $"/ui/runs/{Uri.EscapeDataString(runId)}";
}

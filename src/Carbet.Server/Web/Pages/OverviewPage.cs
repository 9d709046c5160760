using System.Globalization;

using Carbet.Serving.Hosting;
using Carbet.Serving.Review;
using Carbet.Tracking;
using Carbet.Tracking.Keys;
using Carbet.Tracking.Registry;

namespace Carbet.Server.Web.Pages;

/// <summary><c>/ui</c>: every model with its versions and aliases, and the status indicators of the model served.</summary>
internal static class OverviewPage
{
    public static void Map(RouteGroupBuilder ui) => ui.MapGet("", ShowAsync);

    private static async Task<IResult> ShowAsync(HttpContext http, IStore store, ModelHost host, StopSwitch stopSwitch)
    {
        var (user, refusal) = await UiAccess.CheckAsync(http, ApiKeyRole.Predict);
        if (refusal is not null)
            return refusal;
        var ct = http.RequestAborted;
        var models = await store.Models.ListAsync(ct);
        var versions = new Dictionary<string, IReadOnlyList<ModelVersionSnapshot>>(StringComparer.Ordinal);
        foreach (var model in models)
            versions[model.Name] = await store.Models.ListVersionsAsync(model.Name, ct);
        var counts = await store.Reviews.CountsAsync(host.Options.Model, ct);
        var served = await host.ResolveAsync(null, null, ct);
        return UiPage.Render(http, user, UiText.Overview, html =>
        {
            Kpis(html, host.Options.Model, served?.Version, stopSwitch.State.On, counts);
            html.Element("h2", UiText.Models);
            if (models.IsEmpty)
                html.Element("p", UiText.NoModels);
            foreach (var model in models)
                Model(html, model, versions[model.Name]);
        });
    }

    private static void Kpis(HtmlWriter html, string model, ModelVersionSnapshot? served, bool stopped, Tracking.Reviews.ReviewCounts counts)
    {
        html.Element("h2", UiText.KpiStatus).Open("p").Text($"{UiText.Model}: {model}");
        if (served is not null)
            html.Text(" · ").Link(VersionLink(served.Model, served.Version), $"v{served.Version.ToString(CultureInfo.InvariantCulture)}");
        html.Close("p").Open("table", ("id", "kpis")).Open("tr").Element("th", UiText.Indicator).Element("th", UiText.Value).Element("th", UiText.Status).Close("tr");
        Row(html, UiText.ChampionAuc, served?.Metrics.GetValueOrDefault("test_auc") is { } auc and > 0 ? F(auc) : UiText.NoValue, "");
        Row(html, UiText.StopSwitch, stopped ? UiText.On : UiText.Off, stopped ? UiText.Alert : UiText.Ok);
        Row(html, UiText.ReviewBacklog, counts.Backlog.ToString(CultureInfo.InvariantCulture), counts.Backlog > 0 ? UiText.Waiting : UiText.Ok);
        Row(html, UiText.OverrideRate, counts.OverrideRate is { } rate ? F(rate) : UiText.NoValue, "");
        html.Close("table").Element("p", UiText.KpiNote, ("class", "note"));
    }

    private static void Model(HtmlWriter html, ModelSnapshot model, IReadOnlyList<ModelVersionSnapshot> versions)
    {
        html.Open("h3").Text(model.Name).Close("h3").Open("p").Text($"{UiText.LatestVersion}: {model.LatestVersion.ToString(CultureInfo.InvariantCulture)} · {UiText.Aliases}: ");
        foreach (var (alias, version) in model.Aliases)
            html.Link(VersionLink(model.Name, version), $"{alias} → v{version.ToString(CultureInfo.InvariantCulture)}").Text(" ");
        html.Close("p").Open("table", ("class", "versions")).Open("tr");
        foreach (var header in new[] { UiText.Version, UiText.Aliases, UiText.TestAuc, UiText.Created, UiText.Description })
            html.Element("th", header);
        html.Close("tr");
        foreach (var v in versions)
        {
            html.Open("tr").Open("td").Link(VersionLink(v.Model, v.Version), $"v{v.Version.ToString(CultureInfo.InvariantCulture)}").Close("td")
                .Element("td", string.Join(", ", v.Aliases)).Open("td").Number(v.Metrics.TryGetValue("test_auc", out var auc) ? auc : null).Close("td")
                .Element("td", Time(v.CreatedAt)).Element("td", v.Description).Close("tr");
        }
        html.Close("table");
    }

    private static void Row(HtmlWriter html, string name, string value, string status) =>
        html.Open("tr").Element("td", name).Element("td", value).Element("td", status).Close("tr");

    public static string VersionLink(string model, int version) =>
        $"/ui/models/{Uri.EscapeDataString(model)}/versions/{version.ToString(CultureInfo.InvariantCulture)}";

    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}

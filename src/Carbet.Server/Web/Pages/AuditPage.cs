using Carbet.Tracking;
using Carbet.Tracking.Keys;

namespace Carbet.Server.Web.Pages;

/// <summary><c>/ui/audit</c>: the newest changes first (alias moves, deleted versions, keys, the stop switch), with who made them.</summary>
internal static class AuditPage
{
    private const int Shown = 200;

    public static void Map(RouteGroupBuilder ui) => ui.MapGet("/audit", ShowAsync);

    private static async Task<IResult> ShowAsync(HttpContext http, IStore store, string? subject)
    {
        var (user, refusal) = await UiAccess.CheckAsync(http, ApiKeyRole.Predict);
        if (refusal is not null)
            return refusal;
        var events = await store.Audit.ListAsync(string.IsNullOrWhiteSpace(subject) ? null : subject, Shown, http.RequestAborted);
        return UiPage.Render(http, user, UiText.AuditLog, html =>
        {
            if (events.IsEmpty)
            {
                html.Element("p", UiText.NoAudit);
                return;
            }
            html.Open("table", ("id", "audit")).Open("tr");
            foreach (var header in new[] { UiText.When, UiText.Actor, UiText.Action, UiText.Subject, UiText.Before, UiText.After })
                html.Element("th", header);
            html.Close("tr");
            foreach (var e in events)
            {
                html.Open("tr").Element("td", OverviewPage.Time(e.At)).Element("td", e.Actor).Element("td", e.Action)
                    .Element("td", e.Subject).Element("td", e.Before).Element("td", e.After).Close("tr");
            }
            html.Close("table");
        });
    }
}

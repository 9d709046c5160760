using System.Globalization;

using Carbet.Core;
using Carbet.Tracking;
using Carbet.Tracking.Keys;
using Carbet.Tracking.Registry;

namespace Carbet.Server.Web.Pages;

/// <summary><c>/ui/models/{model}/versions/{version}</c>: the version's card, input schema, metrics, fairness and robustness
/// evidence when recorded, and a form that points an alias at it (admin only).</summary>
internal static class ModelVersionPage
{
    public static void Map(RouteGroupBuilder ui)
    {
        ui.MapGet("/models/{model}/versions/{version:int}", ShowAsync);
        ui.MapPost("/models/{model}/versions/{version:int}/alias", MoveAliasAsync);
    }

    private static async Task<IResult> ShowAsync(string model, int version, HttpContext http, IStore store)
    {
        var (user, refusal) = await UiAccess.CheckAsync(http, ApiKeyRole.Predict);
        return refusal ?? await PageAsync(http, user!, store, model, version, notice: null, problem: null);
    }

    private static async Task<IResult> MoveAliasAsync(string model, int version, HttpContext http, IStore store)
    {
        var (user, refusal) = await UiAccess.CheckAsync(http, ApiKeyRole.Predict);
        if (refusal is not null)
            return refusal;
        if (await UiForms.ReadAsync(http) is not { } form)
            return UiPage.Problem(http, user, StatusCodes.Status400BadRequest, UiText.FormExpired, UiText.FormExpiredText);
        // checked after the form so that a predict key gets the 403 page, not a sign-in loop
        if (!user!.May(ApiKeyRole.Admin))
            return UiPage.Problem(http, user, StatusCodes.Status403Forbidden, UiText.NotAllowed, UiText.RoleRefused(user.RoleName, "admin"));
        var alias = form["alias"].ToString().Trim();
        try
        {
            var change = await store.Models.SetAliasAsync(model, alias, version, user.Actor, http.RequestAborted);
            return await PageAsync(http, user, store, model, version, UiText.AliasMoved(change.Alias, version), problem: null);
        }
        catch (UserErrorException e)
        {
            return await PageAsync(http, user, store, model, version, notice: null, $"{e.Message} {e.Fix}", StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> PageAsync(HttpContext http, UiUser user, IStore store, string model, int number, string? notice, string? problem,
        int status = StatusCodes.Status200OK)
    {
        var ct = http.RequestAborted;
        if (await store.Models.GetVersionAsync(model, number, ct) is not { } version)
            return UiPage.Problem(http, user, StatusCodes.Status404NotFound, UiText.NotFound, UiText.NotFoundText($"{model} v{number.ToString(CultureInfo.InvariantCulture)}"));
        var evidence = await VersionEvidence.ReadAsync(store, version, ct);
        return UiPage.Render(http, user, $"{version.Model} v{version.Version.ToString(CultureInfo.InvariantCulture)}", html =>
        {
            if (notice is not null)
                html.Element("p", notice, ("class", "notice"), ("role", "status"));
            if (problem is not null)
                html.Element("p", problem, ("class", "problem"), ("role", "alert"));
            Card(html, version);
            Schema(html, version.InputSignature);
            RunPage.KeyValues(html, UiText.Metrics, evidence.Metrics);
            Evidence(html, UiText.Fairness, UiText.NoFairness, evidence.Fairness, evidence.FairnessFiles);
            Evidence(html, UiText.Robustness, UiText.NoRobustness, evidence.Robustness, evidence.RobustnessFiles);
            AliasForm(html, http, version);
        }, status);
    }

    private static void Card(HtmlWriter html, ModelVersionSnapshot v)
    {
        html.Element("h2", UiText.ModelCard).Open("dl", ("id", "card"));
        html.Element("dt", UiText.Model).Element("dd", v.Model).Element("dt", UiText.Version).Element("dd", v.Version.ToString(CultureInfo.InvariantCulture))
            .Element("dt", UiText.Aliases).Element("dd", string.Join(", ", v.Aliases)).Element("dt", UiText.Description).Element("dd", v.Description)
            .Element("dt", UiText.Created).Element("dd", OverviewPage.Time(v.CreatedAt))
            .Element("dt", UiText.Run).Open("dd").Link(RunsPage.Link(v.RunId), v.RunId).Close("dd")
            .Element("dt", UiText.Dataset).Element("dd", v.DatasetVersionId).Element("dt", UiText.ArtifactHash).Open("dd").Element("code", v.ArtifactSha256).Close("dd");
        html.Close("dl");
    }

    private static void Schema(HtmlWriter html, TableSchema schema)
    {
        html.Element("h2", UiText.InputSchema).Open("table").Open("tr").Element("th", UiText.Column).Element("th", UiText.Kind).Element("th", UiText.Nullable).Close("tr");
        foreach (var c in schema.Columns)
            html.Open("tr").Element("td", c.Name).Element("td", c.Kind.ToString().ToLowerInvariant()).Element("td", c.Nullable ? UiText.Yes : UiText.No).Close("tr");
        html.Close("table");
    }

    private static void Evidence(HtmlWriter html, string heading, string none, IReadOnlyList<(string Key, string Value)> metrics, IReadOnlyList<string> files)
    {
        if (metrics.Count == 0 && files.Count == 0)
        {
            html.Element("h2", heading).Element("p", none, ("class", "note"));
            return;
        }
        RunPage.KeyValues(html, heading, metrics);
        foreach (var file in files)
            html.Element("p", $"{UiText.Artifacts}: {file}");
    }

    private static void AliasForm(HtmlWriter html, HttpContext http, ModelVersionSnapshot v)
    {
        html.Element("h2", UiText.MoveAlias).Element("p", UiText.AdminOnly, ("class", "note"))
            .OpenForm(http, $"{OverviewPage.VersionLink(v.Model, v.Version)}/alias", "alias-move")
            .Open("label").Text(UiText.Alias).Void("input", ("name", "alias"), ("id", "alias"), ("required", "required"), ("pattern", "[a-z0-9_-]{1,64}"), ("value", Aliases.Champion)).Close("label")
            .Element("button", UiText.PointHere, ("type", "submit")).Close("form");
    }
}

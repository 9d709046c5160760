using System.Globalization;

using Carbet.Server.Endpoints;
using Carbet.Serving.Hosting;
using Carbet.Serving.Logging;
using Carbet.Tracking;
using Carbet.Tracking.Keys;
using Carbet.Tracking.Reviews;

namespace Carbet.Server.Web.Pages;

/// <summary><c>/ui/reviews</c>: the predictions of the model served that wait for a person, each with a form to accept the
/// model's label or override it with a comment (review role); the decision is the reviewer's key name, as in the API.</summary>
internal static class ReviewQueuePage
{
    private const int Shown = 100;

    public static void Map(RouteGroupBuilder ui)
    {
        ui.MapGet("/reviews", ShowAsync);
        ui.MapPost("/reviews/{predictionId:guid}", DecideAsync);
    }

    private static async Task<IResult> ShowAsync(HttpContext http, IStore store, ModelHost host)
    {
        var (user, refusal) = await UiAccess.CheckAsync(http, ApiKeyRole.Review);
        return refusal ?? await PageAsync(http, user!, store, host, notice: null, problem: null);
    }

    private static async Task<IResult> DecideAsync(Guid predictionId, HttpContext http, IStore store, ModelHost host, PredictionLog log)
    {
        var (user, refusal) = await UiAccess.CheckAsync(http, ApiKeyRole.Review);
        if (refusal is not null)
            return refusal;
        if (await UiForms.ReadAsync(http) is not { } form)
            return UiPage.Problem(http, user, StatusCodes.Status400BadRequest, UiText.FormExpired, UiText.FormExpiredText);
        var overriding = form["decision"] == "override";
        var (label, comment) = (form["label"].ToString(), form["comment"].ToString().Trim());
        if (overriding && (label is not ("true" or "false") || comment.Length == 0))
            return await PageAsync(http, user!, store, host, notice: null, UiText.OverrideNeeds, StatusCodes.Status400BadRequest);
        var decision = new ReviewDecision(overriding ? ReviewStatus.Overridden : ReviewStatus.Accepted, user!.Actor, overriding ? label : null, overriding ? comment : null);
        var result = await store.Reviews.DecideAsync(predictionId, decision, http.RequestAborted);
        if (result.Status == DecisionStatus.UnknownReview && await PendingLog.FlushAsync(log, http.RequestAborted))
            result = await store.Reviews.DecideAsync(predictionId, decision, http.RequestAborted);
        var id = predictionId.ToString();
        return result.Status switch
        {
            DecisionStatus.Decided => await PageAsync(http, user, store, host, UiText.Decided(id, overriding ? UiText.Overridden : UiText.Accepted), problem: null),
            DecisionStatus.AlreadyDecided => await PageAsync(http, user, store, host, notice: null, UiText.AlreadyDecided(id), StatusCodes.Status409Conflict),
            _ => UiPage.Problem(http, user, StatusCodes.Status404NotFound, UiText.NotFound, UiText.NotFoundText($"{UiText.Prediction} {id}")),
        };
    }

    private static async Task<IResult> PageAsync(HttpContext http, UiUser user, IStore store, ModelHost host, string? notice, string? problem,
        int status = StatusCodes.Status200OK)
    {
        var page = await store.Reviews.ListAsync(new ReviewQuery { Model = host.Options.Model, Status = ReviewStatus.Pending, Take = Shown }, http.RequestAborted);
        return UiPage.Render(http, user, UiText.Reviews, html =>
        {
            if (notice is not null)
                html.Element("p", notice, ("class", "notice"), ("role", "status"));
            if (problem is not null)
                html.Element("p", problem, ("class", "problem"), ("role", "alert"));
            html.Element("p", $"{UiText.ReviewBacklog}: {page.Total.ToString(CultureInfo.InvariantCulture)}");
            if (page.Reviews.IsEmpty)
            {
                html.Element("p", UiText.NoReviews);
                return;
            }
            html.Open("table", ("id", "reviews")).Open("tr");
            foreach (var header in new[] { UiText.Prediction, UiText.Version, UiText.Score, UiText.Label, UiText.Reasons, UiText.Inputs, UiText.Created, UiText.Decision })
                html.Element("th", header);
            html.Close("tr");
            foreach (var review in page.Reviews)
                Row(html, http, review);
            html.Close("table");
        }, status);
    }

    private static void Row(HtmlWriter html, HttpContext http, ReviewRecord review)
    {
        var p = review.Prediction;
        var action = $"/ui/reviews/{p.Id}";
        html.Open("tr", ("id", $"review-{p.Id}")).Open("td").Element("code", p.Id.ToString()).Close("td")
            .Element("td", p.Version.ToString(CultureInfo.InvariantCulture)).Open("td").Number(p.Score).Close("td").Element("td", p.Label)
            .Element("td", string.Join(", ", p.Reasons)).Open("td").Element("code", p.Inputs).Close("td").Element("td", OverviewPage.Time(p.CreatedAt)).Open("td");
        html.OpenForm(http, action, "inline").Void("input", ("type", "hidden"), ("name", "decision"), ("value", "accept"))
            .Element("button", UiText.Accept, ("type", "submit"), ("name", "accept")).Close("form");
        html.OpenForm(http, action, "inline").Void("input", ("type", "hidden"), ("name", "decision"), ("value", "override"))
            .Open("select", ("name", "label"), ("aria-label", UiText.Label)).Element("option", UiText.Positive, ("value", "true")).Element("option", UiText.Negative, ("value", "false")).Close("select")
            .Void("input", ("name", "comment"), ("placeholder", UiText.Comment), ("aria-label", UiText.Comment), ("required", "required"))
            .Element("button", UiText.Override, ("type", "submit"), ("name", "override")).Close("form");
        html.Close("td").Close("tr");
    }
}

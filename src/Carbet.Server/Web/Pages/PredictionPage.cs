using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

using Carbet.Core;
using Carbet.Server.Metrics;
using Carbet.Server.Security;
using Carbet.Serving.Hosting;
using Carbet.Serving.Logging;
using Carbet.Serving.Review;
using Carbet.Serving.Scoring;
using Carbet.Serving.Validation;
using Carbet.Tracking.Keys;

namespace Carbet.Server.Web.Pages;

/// <summary><c>/ui/predict</c>: a form with one field per input column of the version served (a list of the categories seen
/// in training where there are any); sending it scores the row as the API does, logs it and, in the review band, queues it.</summary>
internal static class PredictionPage
{
    public static void Map(RouteGroupBuilder ui)
    {
        ui.MapGet("/predict", ShowAsync);
        // the API's limit, by client address since the form's key is not the request's identity: the form is no way around it
        ui.MapPost("/predict", PredictAsync).RequireRateLimiting(RateLimits.PerKey);
    }

    private static async Task<IResult> ShowAsync(HttpContext http, ModelHost host)
    {
        var (user, refusal) = await UiAccess.CheckAsync(http, ApiKeyRole.Predict);
        if (refusal is not null)
            return refusal;
        var loaded = await host.ResolveAsync(null, null, http.RequestAborted);
        return Page(http, user!, host, loaded, null, null, []);
    }

    private static async Task<IResult> PredictAsync(HttpContext http, ModelHost host, StopSwitch stopSwitch, PredictionLog log, ServingMetrics metrics)
    {
        var (user, refusal) = await UiAccess.CheckAsync(http, ApiKeyRole.Predict);
        if (refusal is not null)
            return refusal;
        if (await UiForms.ReadAsync(http) is not { } form)
            return UiPage.Problem(http, user, StatusCodes.Status400BadRequest, UiText.FormExpired, UiText.FormExpiredText);
        if (await host.ResolveAsync(null, null, http.RequestAborted) is not { } loaded)
            return Page(http, user!, host, null, null, form, [], StatusCodes.Status404NotFound);
        var started = Stopwatch.GetTimestamp();
        IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> rows = [FormRow.From(form, loaded.Validator.Signature)];
        var result = loaded.Score(rows, contributions: false, host.Options.ReviewBand, host.Time);
        if (!result.Succeeded)
        {
            metrics.Rejected(result.Errors);
            return Page(http, user!, host, loaded, null, form, result.Errors, StatusCodes.Status400BadRequest);
        }
        var predictions = stopSwitch.Apply(result.Predictions);
        metrics.Predicted(result with { Predictions = predictions });
        log.Enqueue(predictions, rows, Stopwatch.GetElapsedTime(started).TotalMilliseconds, host.Time.GetUtcNow());
        return Page(http, user!, host, loaded, predictions[0], form, []);
    }

    private static IResult Page(HttpContext http, UiUser user, ModelHost host, LoadedModel? loaded, RowPrediction? prediction, IFormCollection? form,
        IReadOnlyList<FieldError> errors, int status = StatusCodes.Status200OK) =>
        UiPage.Render(http, user, UiText.Predict, html =>
        {
            if (loaded is null)
            {
                html.Element("p", UiText.NoModelLoaded, ("class", "problem"));
                return;
            }
            if (prediction is not null)
                Result(html, prediction);
            if (errors.Count > 0)
            {
                html.Open("div", ("class", "problem"), ("role", "alert"), ("id", "errors")).Element("p", UiText.InvalidFields).Open("ul");
                foreach (var e in errors)
                    html.Element("li", $"{e.Field}: {e.Message}");
                html.Close("ul").Close("div");
            }
            html.Element("p", UiText.PredictionForm(host.Options.Model, $"{host.Options.Alias}, v{loaded.Version.Version.ToString(CultureInfo.InvariantCulture)}"))
                .Element("p", UiText.EmptyIsMissing, ("class", "note")).OpenForm(http, "/ui/predict", "prediction");
            foreach (var column in loaded.Validator.Signature.Columns)
                Field(html, column, loaded.Validator.Domain, form?[FormRow.Prefix + column.Name].ToString());
            html.Element("button", UiText.Predict, ("type", "submit"), ("id", "predict")).Close("form");
        }, status);

    private static void Field(HtmlWriter html, ColumnSchema column, TrainingDomain domain, string? value)
    {
        var name = FormRow.Prefix + column.Name;
        var required = column.Nullable ? null : "required";
        html.Open("label").Text($"{column.Name} ({column.Kind.ToString().ToLowerInvariant()})");
        if (domain.Categories.TryGetValue(column.Name, out var categories))
            Select(html, name, required, ["", .. categories.Order(StringComparer.Ordinal)], value);
        else if (column.Kind == ColumnKind.Boolean)
            Select(html, name, required, ["", "true", "false"], value);
        else
        {
            var type = column.Kind == ColumnKind.DateTime ? "date" : "text";
            var mode = column.Kind is ColumnKind.Integer or ColumnKind.Number ? "decimal" : null;
            html.Void("input", ("type", type), ("name", name), ("inputmode", mode), ("required", required), ("value", value));
        }
        html.Close("label");
    }

    private static void Select(HtmlWriter html, string name, string? required, IEnumerable<string> options, string? value)
    {
        html.Open("select", ("name", name), ("required", required));
        foreach (var option in options)
            html.Open("option", ("value", option), ("selected", option == value ? "selected" : null)).Text(option).Close("option");
        html.Close("select");
    }

    private static void Result(HtmlWriter html, RowPrediction p)
    {
        html.Element("h2", UiText.Result).Open("dl", ("id", "result"));
        html.Element("dt", UiText.Prediction).Open("dd").Element("code", p.PredictionId.ToString(), ("id", "prediction-id")).Close("dd")
            .Element("dt", UiText.Version).Element("dd", p.Version.ToString(CultureInfo.InvariantCulture))
            .Element("dt", UiText.Score).Open("dd", ("id", "score")).Number(p.Score).Close("dd")
            .Element("dt", UiText.Threshold).Open("dd").Number(p.Threshold).Close("dd")
            .Element("dt", UiText.Label).Element("dd", p.Label ? UiText.Positive : UiText.Negative)
            .Element("dt", UiText.Band).Element("dd", p.Band, ("id", "band"))
            .Element("dt", UiText.Reasons).Element("dd", string.Join(", ", p.Reasons.Concat(p.OutOfDomain.Select(c => $"out of domain: {c}"))));
        html.Close("dl");
    }
}

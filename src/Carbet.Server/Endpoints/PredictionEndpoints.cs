using System.Diagnostics;
using System.Text.Json;

using Carbet.Server.Contracts;
using Carbet.Server.Metrics;
using Carbet.Serving.Hosting;
using Carbet.Serving.Logging;
using Carbet.Serving.Review;

using Microsoft.AspNetCore.Http.HttpResults;

namespace Carbet.Server.Endpoints;

/// <summary><c>POST /api/v1/models/{model}/predict</c>: validates the rows against the version's signature, scores them, applies the
/// stop switch and hands the predictions to the prediction log.</summary>
internal static partial class PredictionEndpoints
{
    private static readonly string[] NullRow = ["The row is null; send an object of input fields."];

    public static void MapPredictionEndpoints(this IEndpointRouteBuilder app) =>
        app.ForRole(EndpointGroups.Predict, "/api/v1/models/{model}")
            .MapPost("/predict", PredictAsync)
            .WithName("Predict")
            .WithSummary("Score one row or a batch with the model's version behind an alias (default champion) or a version number.")
            .Accepts<PredictionRequest>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<PredictionResponse>, ValidationProblem, ProblemHttpResult>> PredictAsync(
        string model, PredictionRequest request, ModelHost host, StopSwitch stopSwitch, PredictionLog predictionLog, ServerOptions options,
        ServingMetrics metrics, ILoggerFactory loggers, CancellationToken ct)
    {
        var (log, started) = (loggers.CreateLogger("Carbet.Server.Predict"), Stopwatch.GetTimestamp());
        var count = request.Rows?.Count ?? (request.Row is null ? 0 : 1);
        if (!string.Equals(model, host.Options.Model, StringComparison.Ordinal))
        {
            Refused(log, model, null, StatusCodes.Status404NotFound, count, started, "unknown model");
            return NotFound($"This server does not serve a model named '{model}'.",
                $"It serves '{host.Options.Model}': POST /api/v1/models/{host.Options.Model}/predict.");
        }
        if (Shape(request, options.MaxRows) is { } shapeErrors)
        {
            metrics.Rejected(count > options.MaxRows ? ServingMetrics.TooManyRows : ServingMetrics.MalformedRequest);
            Refused(log, model, null, StatusCodes.Status400BadRequest, count, started, $"invalid fields {string.Join(",", shapeErrors.Keys)}");
            return TypedResults.ValidationProblem(shapeErrors);
        }
        if (await host.ResolveAsync(request.Alias, request.Version, ct) is not { } loaded)
        {
            var target = request.Version is { } v ? $"version {v}" : $"alias '{request.Alias ?? host.Options.Alias}'";
            Refused(log, model, null, StatusCodes.Status404NotFound, count, started, $"no {target}");
            return NotFound($"Model '{model}' has no {target}.", $"List its versions and aliases with 'carbet models show {model}'.");
        }
        var rows = request.Rows ?? [request.Row];
        IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> inputs = [.. rows.Select(r => (IReadOnlyDictionary<string, JsonElement>)r!)];
        var result = loaded.Score(inputs, request.Contributions, host.Options.ReviewBand, host.Time);
        if (!result.Succeeded)
        {
            var prefix = request.Rows is null ? (Func<int, string>)(_ => "row") : i => $"rows[{i}]";
            var errors = result.Errors.GroupBy(e => $"{prefix(e.Row)}.{e.Field}", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
            metrics.Rejected(result.Errors);
            // field names only: the messages quote the values sent
            Refused(log, model, loaded.Version.Version, StatusCodes.Status400BadRequest, rows.Count, started, $"invalid fields {string.Join(",", errors.Keys)}");
            return TypedResults.ValidationProblem(errors, title: "Some input fields are invalid.");
        }
        var predictions = stopSwitch.Apply(result.Predictions);
        metrics.Predicted(result with { Predictions = predictions });
        var (review, elapsed) = (predictions.Count(p => p.Band == Serving.Scoring.Bands.Review), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        predictionLog.Enqueue(predictions, inputs, elapsed, host.Time.GetUtcNow());
        LogPredicted(log, model, loaded.Version.Version, StatusCodes.Status200OK, rows.Count, review, elapsed);
        return TypedResults.Ok(PredictionResponse.From(model, loaded.Version.Version, predictions));
    }

    // a ProblemHttpResult, unlike NotFound<ProblemDetails>, is sent as application/problem+json
    private static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);

    private static void Refused(ILogger log, string model, int? version, int status, int rows, long started, string reason)
    {
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogRefused(log, model, version, status, rows, elapsed, reason);
    }

    private static Dictionary<string, string[]>? Shape(PredictionRequest request, int maxRows)
    {
        if ((request.Rows is null) == (request.Row is null))
            return new() { ["rows"] = ["Send either rows: [{...}, ...] or row: {...}, not both and not neither."] };
        if (request.Rows is { Count: 0 })
            return new() { ["rows"] = ["rows is empty; send at least one row."] };
        if (request.Rows is { } rows && rows.Count > maxRows)
            return new() { ["rows"] = [$"{rows.Count} rows is more than the {maxRows} one request may carry; split the batch."] };
        if (request.Rows is { } batch && batch.Select((r, i) => (r, i)).Where(x => x.r is null).Select(x => x.i).ToList() is { Count: > 0 } nulls)
            return nulls.ToDictionary(i => $"rows[{i}]", _ => NullRow);
        if (request.Alias is not null && request.Version is not null)
            return new() { ["version"] = ["Give an alias or a version, not both."] };
        return null;
    }

    // debug: at thousands of requests per second, a line per scored request costs a fifth of the throughput
    [LoggerMessage(Level = LogLevel.Debug, Message = "Predict {Model} v{Version}: {Status}, {Rows} rows, {Review} in review, {ElapsedMs:0.0} ms")]
    private static partial void LogPredicted(ILogger log, string model, int version, int status, int rows, int review, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Predict {Model} v{Version}: {Status}, {Rows} rows refused, {ElapsedMs:0.0} ms: {Reason}")]
    private static partial void LogRefused(ILogger log, string model, int? version, int status, int rows, double elapsedMs, string reason);
}

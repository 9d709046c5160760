using Carbet.Server.Contracts;
using Carbet.Serving.Logging;
using Carbet.Tracking.Predictions;

using Microsoft.AspNetCore.Http.HttpResults;

namespace Carbet.Server.Endpoints;

/// <summary><c>POST /api/v1/feedback</c>: the actual outcome of a prediction, stored as its label.</summary>
internal static class FeedbackEndpoints
{
    private const string DefaultSource = "api";

    public static void MapFeedbackEndpoints(this IEndpointRouteBuilder app) =>
        app.ForRole(EndpointGroups.Predict, "/api/v1/feedback")
            .MapPost("/", RecordAsync).WithName("RecordFeedback")
            .WithSummary("Record what actually happened for a prediction; the same outcome again is accepted, another one is a 409.")
            .Accepts<FeedbackRequest>("application/json");

    private static async Task<Results<Ok<FeedbackDto>, ValidationProblem, ProblemHttpResult>> RecordAsync(
        FeedbackRequest request, IPredictionStore predictions, PredictionLog log, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.PredictionId is null)
            errors["prediction_id"] = ["Send the predictionId the predict call returned, as prediction_id."];
        var outcome = LabelText.Parse(request.Outcome);
        if (outcome is null)
            errors["outcome"] = [$"Send the actual outcome. {LabelText.Expected}"];
        if (request.Source is { } s && (string.IsNullOrWhiteSpace(s) || s.Length > 250))
            errors["source"] = ["Leave source out, or name who reports the outcome in 1 to 250 characters."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "The feedback is incomplete.");
        var id = request.PredictionId!.Value;
        var source = request.Source?.Trim() ?? DefaultSource;
        var result = await predictions.RecordFeedbackAsync(id, outcome!, source, ct);
        if (result.Status == FeedbackStatus.UnknownPrediction && await PendingLog.FlushAsync(log, ct))
            result = await predictions.RecordFeedbackAsync(id, outcome!, source, ct);
        return result.Status switch
        {
            FeedbackStatus.Recorded or FeedbackStatus.Unchanged => TypedResults.Ok(FeedbackDto.From(result.Feedback!, result.Status)),
            FeedbackStatus.Conflict => TypedResults.Problem(title: $"Prediction {id} already has the outcome {result.Feedback!.Outcome} (from {result.Feedback.Source}).",
                detail: "An outcome is recorded once; sending the same one again is fine. Correcting it is not supported.",
                statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.Problem(title: $"No prediction {id} is in the log.",
                detail: "Send the predictionId a predict call of this store returned.",
                statusCode: StatusCodes.Status404NotFound),
        };
    }
}

using Carbet.Server.Contracts;
using Carbet.Serving.Hosting;
using Carbet.Serving.Logging;
using Carbet.Tracking.Reviews;

using Microsoft.AspNetCore.Http.HttpResults;

namespace Carbet.Server.Endpoints;

/// <summary><c>GET /api/v1/reviews</c> (the queue, paged) and <c>POST /api/v1/reviews/{predictionId}</c> (accept or override).</summary>
internal static class ReviewEndpoints
{
    public static void MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.ForRole(EndpointGroups.Review, "/api/v1/reviews");
        group.MapGet("/", ListAsync).WithName("ListReviews")
            .WithSummary("The review queue of the model served, newest first: status pending (default), accepted, overridden or all; skip and take page it.");
        group.MapPost("/{predictionId:guid}", DecideAsync).WithName("DecideReview")
            .WithSummary("Accept a prediction in review, or override its label with a comment.")
            .Accepts<ReviewDecisionRequest>("application/json");
    }

    private static async Task<Results<Ok<ReviewPageDto>, ValidationProblem>> ListAsync(ModelHost host, IReviewStore reviews, CancellationToken ct,
        string? status = "pending", int skip = 0, int take = 50)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!TryParseStatus(status, out var wanted))
            errors["status"] = [$"'{status}' is not a review status; use pending, accepted, overridden or all."];
        if (skip < 0)
            errors["skip"] = ["skip is 0 or more."];
        if (take is < 1 or > 1000)
            errors["take"] = ["take is from 1 to 1000."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var page = await reviews.ListAsync(new ReviewQuery { Model = host.Options.Model, Status = wanted, Skip = skip, Take = take }, ct);
        return TypedResults.Ok(new ReviewPageDto([.. page.Reviews.Select(ReviewDto.From)], page.Total, skip, take));
    }

    private static async Task<Results<Ok<ReviewDto>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        Guid predictionId, ReviewDecisionRequest request, IReviewStore reviews, PredictionLog log, CancellationToken ct)
    {
        if (Check(request) is { } errors)
            return TypedResults.ValidationProblem(errors, title: "The decision is incomplete.");
        var status = request.Decision == "override" ? ReviewStatus.Overridden : ReviewStatus.Accepted;
        var decision = new ReviewDecision(status, request.Reviewer!.Trim(), LabelText.Parse(request.Label), request.Comment);
        var result = await reviews.DecideAsync(predictionId, decision, ct);
        if (result.Status == DecisionStatus.UnknownReview && await PendingLog.FlushAsync(log, ct))
            result = await reviews.DecideAsync(predictionId, decision, ct);
        return result.Status switch
        {
            DecisionStatus.Decided => TypedResults.Ok(ReviewDto.From(result.Review!)),
            DecisionStatus.AlreadyDecided => TypedResults.Problem(title: $"Prediction {predictionId} was already {ReviewDto.StatusText(result.Review!.Status)} by {result.Review.Reviewer}.",
                detail: "A review is decided once; the first decision stands. Record the actual outcome with POST /api/v1/feedback.",
                statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.Problem(title: $"No prediction {predictionId} is in review.",
                detail: "Only predictions in the review band, out of domain, or made while the stop switch was on are reviewed; list them with GET /api/v1/reviews.",
                statusCode: StatusCodes.Status404NotFound),
        };
    }

    private static bool TryParseStatus(string? text, out ReviewStatus? status)
    {
        (var known, status) = text?.ToLowerInvariant() switch
        {
            "pending" or null => (true, ReviewStatus.Pending),
            "accepted" => (true, ReviewStatus.Accepted),
            "overridden" => (true, ReviewStatus.Overridden),
            "all" => (true, (ReviewStatus?)null),
            _ => (false, null),
        };
        return known;
    }

    private static Dictionary<string, string[]>? Check(ReviewDecisionRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Decision is not ("accept" or "override"))
            errors["decision"] = ["Send \"accept\" to keep the model's label or \"override\" to replace it."];
        if (string.IsNullOrWhiteSpace(request.Reviewer))
            errors["reviewer"] = ["Say who decides: a name or an id."];
        if (request.Decision == "override")
        {
            if (string.IsNullOrWhiteSpace(request.Comment))
                errors["comment"] = ["An override needs a comment saying why the model's label is wrong."];
            if (LabelText.Parse(request.Label) is null)
                errors["label"] = [$"An override needs the label that replaces the model's. {LabelText.Expected}"];
        }
        return errors.Count > 0 ? errors : null;
    }
}

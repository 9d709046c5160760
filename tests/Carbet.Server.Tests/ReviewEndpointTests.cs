using System.Net;
using System.Net.Http.Json;

using Carbet.Serving.Scoring;
using Carbet.Serving.Tests;
using Carbet.Serving.Validation;

namespace Carbet.Server.Tests;

public sealed class ReviewEndpointTests(TrainedStore trained)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reviews_RowsInTheBand_ArePendingThenAcceptedOrOverriddenOnce()
    {
        await using var server = await RunningServer.StartAsync(trained, h => h with { ReviewBand = new ReviewBand(0, 1) });
        var (accept, overrule) = await PredictTwoAsync(server);

        using var pending = await server.Client.GetAsync("/api/v1/reviews?status=pending&take=1000", Ct);
        var queue = await RunningServer.JsonAsync(pending);
        var ids = queue.GetProperty("reviews").EnumerateArray().Select(r => r.GetProperty("predictionId").GetGuid()).ToList();
        Assert.Contains(accept, ids);
        Assert.Contains(overrule, ids);
        Assert.True(queue.GetProperty("total").GetInt32() >= 2);

        using var accepted = await DecideAsync(server, accept, new { decision = "accept", reviewer = "ana" });
        using var overridden = await DecideAsync(server, overrule, new { decision = "override", label = false, comment = "income proof checked", reviewer = "ana" });
        using var again = await DecideAsync(server, accept, new { decision = "override", label = true, comment = "changed my mind", reviewer = "bob" });

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("accepted", (await RunningServer.JsonAsync(accepted)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        var body = await RunningServer.JsonAsync(overridden);
        Assert.Equal(("overridden", false, "income proof checked"),
            (body.GetProperty("status").GetString(), body.GetProperty("decidedLabel").GetBoolean(), body.GetProperty("comment").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already accepted by ana", (await RunningServer.JsonAsync(again)).GetProperty("title").GetString(), StringComparison.Ordinal);
        var review = await trained.Store.Reviews.GetAsync(accept, Ct);
        Assert.Equal(("ana", Tracking.Reviews.ReviewStatus.Accepted), (review?.Reviewer, review?.Status));
    }

    [Fact]
    public async Task Reviews_OutOfDomainRow_IsQueuedWithItsReason()
    {
        await using var server = await RunningServer.StartAsync(trained,
            h => h with { ReviewBand = null, Validation = new ValidationOptions { OutOfDomain = OutOfDomainPolicy.Review } });

        using var response = await server.PredictAsync(new { row = trained.With(0, "monthly_income", "1e9") });
        var id = (await RunningServer.JsonAsync(response)).GetProperty("predictions")[0].GetProperty("predictionId").GetGuid();
        await server.Server.PredictionLog.FlushAsync(Ct);

        var review = await trained.Store.Reviews.GetAsync(id, Ct);
        Assert.Equal(Tracking.Reviews.ReviewStatus.Pending, review?.Status);
        Assert.Equal(["out of domain"], review?.Prediction.Reasons);
    }

    [Fact]
    public async Task Reviews_OverrideWithoutComment_Returns400NamingTheComment()
    {
        await using var server = await RunningServer.StartAsync(trained, h => h with { ReviewBand = new ReviewBand(0, 1) });
        var (id, _) = await PredictTwoAsync(server);

        using var response = await DecideAsync(server, id, new { decision = "override", label = true, reviewer = "ana" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await RunningServer.JsonAsync(response)).GetProperty("errors");
        Assert.Equal(["comment"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal(Tracking.Reviews.ReviewStatus.Pending, (await trained.Store.Reviews.GetAsync(id, Ct))?.Status);
    }

    [Fact]
    public async Task Reviews_UnknownPredictionOrBadQuery_Returns404Or400()
    {
        await using var server = await RunningServer.StartAsync(trained);

        using var unknown = await DecideAsync(server, Guid.CreateVersion7(), new { decision = "accept", reviewer = "ana" });
        using var badStatus = await server.Client.GetAsync("/api/v1/reviews?status=maybe", Ct);
        using var badDecision = await DecideAsync(server, Guid.CreateVersion7(), new { decision = "perhaps" });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Equal(["decision", "reviewer"], (await RunningServer.JsonAsync(badDecision)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task Feedback_Outcome_IsStoredOnceAndBecomesTheLabel()
    {
        await using var server = await RunningServer.StartAsync(trained, h => h with { ReviewBand = new ReviewBand(0, 1) });
        var since = TimeProvider.System.GetUtcNow().AddMinutes(-1);
        var (fedBack, overrule) = await PredictTwoAsync(server);
        using var decided = await DecideAsync(server, overrule, new { decision = "override", label = true, comment = "guarantor", reviewer = "ana" });

        using var first = await FeedbackAsync(server, new { prediction_id = fedBack, outcome = false, source = "loan-system" });
        using var same = await FeedbackAsync(server, new { prediction_id = fedBack, outcome = 0 });
        using var other = await FeedbackAsync(server, new { prediction_id = fedBack, outcome = true });
        using var unknown = await FeedbackAsync(server, new { prediction_id = Guid.CreateVersion7(), outcome = true });
        using var missing = await FeedbackAsync(server, new { prediction_id = fedBack });

        Assert.Equal((HttpStatusCode.OK, "recorded"), (first.StatusCode, (await RunningServer.JsonAsync(first)).GetProperty("status").GetString()));
        Assert.Equal((HttpStatusCode.OK, "unchanged"), (same.StatusCode, (await RunningServer.JsonAsync(same)).GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(["outcome"], (await RunningServer.JsonAsync(missing)).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var labelled = await trained.Store.Predictions.ListLabelledAsync(TrainedStore.Model, since, 10_000, Ct);
        Assert.Equal(("false", "feedback"), labelled.Where(l => l.Prediction.Id == fedBack).Select(l => (l.Label, l.LabelSource)).Single());
        Assert.Equal(("true", "review"), labelled.Where(l => l.Prediction.Id == overrule).Select(l => (l.Label, l.LabelSource)).Single());
    }

    private async Task<(Guid, Guid)> PredictTwoAsync(RunningServer server)
    {
        using var response = await server.PredictAsync(new { rows = new[] { trained.Rows[0], trained.Rows[1] } });
        var ids = (await RunningServer.JsonAsync(response)).GetProperty("predictions").EnumerateArray().Select(p => p.GetProperty("predictionId").GetGuid()).ToList();
        await server.Server.PredictionLog.FlushAsync(Ct);
        return (ids[0], ids[1]);
    }

    internal static Task<HttpResponseMessage> DecideAsync(RunningServer server, Guid id, object body) =>
        server.Client.PostAsJsonAsync($"/api/v1/reviews/{id}", body, Ct);

    private static Task<HttpResponseMessage> FeedbackAsync(RunningServer server, object body) =>
        server.Client.PostAsJsonAsync("/api/v1/feedback", body, Ct);
}


using Carbet.Tracking.Predictions;
using Carbet.Tracking.Reviews;
using Carbet.Tracking.Storage;

namespace Carbet.Tracking.Tests;

public abstract partial class StoreContractTests
{
    private const string LastMigrationBeforePredictions = "TrialHeartbeats";

    protected static PredictionRecord Prediction(string model, string band = "auto", double score = 0.7, int second = 0) =>
        new(Guid.CreateVersion7(), model, 1, """{"income":2100,"territory":"guadeloupe"}""", score, score >= 0.5 ? "true" : "false", band,
            band == "review" ? ["score in review band"] : [], 1.25, new DateTimeOffset(2026, 3, 1, 9, 0, second, TimeSpan.Zero));

    [Fact]
    public async Task LogAsync_Batch_StoresEveryFieldAndOpensReviewsForTheReviewBand()
    {
        var model = UniqueName("credit");
        var batch = Enumerable.Range(0, 300).Select(i => Prediction(model, i % 3 == 0 ? "review" : "auto", i / 300.0, i % 60)).ToList();

        Assert.Equal(300, await Store.Predictions.LogAsync(batch, Ct));

        var read = await Store.Predictions.GetAsync(batch[3].Id, Ct);
        Assert.NotNull(read);
        var p = batch[3];
        Assert.Equal((p.Model, p.Version, p.Inputs, p.Score, p.Label, p.Band, p.LatencyMs, p.CreatedAt),
            (read.Model, read.Version, read.Inputs, read.Score, read.Label, read.Band, read.LatencyMs, read.CreatedAt));
        Assert.Equal(["score in review band"], read.Reasons);
        var pending = await Store.Reviews.ListAsync(new ReviewQuery { Model = model, Status = ReviewStatus.Pending, Take = 1000 }, Ct);
        Assert.Equal(100, pending.Total);
        Assert.Equal(batch.Where(p => p.Band == "review").Select(p => p.Id).Order(), pending.Reviews.Select(r => r.Prediction.Id).Order());
        Assert.Equal(new ReviewCounts(100, 0, 0), await Store.Reviews.CountsAsync(model, Ct));
    }

    [Fact]
    public async Task LogAsync_SameBatchTwice_StoresEachPredictionOnce()
    {
        var model = UniqueName("credit");
        var batch = new[] { Prediction(model, "review"), Prediction(model) };
        await Store.Predictions.LogAsync(batch, Ct);

        var again = await Store.Predictions.LogAsync([.. batch, batch[0], Prediction(model)], Ct);

        Assert.Equal(1, again);
        Assert.Equal(new ReviewCounts(1, 0, 0), await Store.Reviews.CountsAsync(model, Ct));
    }

    [Fact]
    public async Task GetAsync_UnknownId_ReturnsNull() =>
        Assert.Null(await Store.Predictions.GetAsync(Guid.CreateVersion7(), Ct));

    [Fact]
    public async Task RecordFeedbackAsync_SameThenOtherOutcome_IsUnchangedThenConflictKeepingTheFirst()
    {
        var p = Prediction(UniqueName("credit"));
        await Store.Predictions.LogAsync([p], Ct);

        var first = await Store.Predictions.RecordFeedbackAsync(p.Id, "false", "loan-system", Ct);
        var same = await Store.Predictions.RecordFeedbackAsync(p.Id, "false", "api", Ct);
        var other = await Store.Predictions.RecordFeedbackAsync(p.Id, "true", "api", Ct);

        Assert.Equal((FeedbackStatus.Recorded, "false", "loan-system"), (first.Status, first.Feedback?.Outcome, first.Feedback?.Source));
        Assert.Equal((FeedbackStatus.Unchanged, "loan-system"), (same.Status, same.Feedback?.Source));
        Assert.Equal((FeedbackStatus.Conflict, "false"), (other.Status, other.Feedback?.Outcome));
    }

    [Fact]
    public async Task RecordFeedbackAsync_UnknownPrediction_SaysSoAndStoresNothing()
    {
        var result = await Store.Predictions.RecordFeedbackAsync(Guid.CreateVersion7(), "true", "api", Ct);

        Assert.Equal(new FeedbackResult(FeedbackStatus.UnknownPrediction, null), result);
    }

    [Fact]
    public async Task ListLabelledAsync_FeedbackAndDecisions_ReturnsTheOutcomeElseTheDecidedLabel()
    {
        var model = UniqueName("credit");
        var (accepted, overridden, both, fedBack, unlabelled, pending) = (Prediction(model, "review", 0.6, 1), Prediction(model, "review", 0.6, 2),
            Prediction(model, "review", 0.6, 3), Prediction(model, "auto", 0.9, 4), Prediction(model, "auto", 0.9, 5), Prediction(model, "review", 0.6, 6));
        await Store.Predictions.LogAsync([accepted, overridden, both, fedBack, unlabelled, pending], Ct);
        await Store.Reviews.DecideAsync(accepted.Id, new ReviewDecision(ReviewStatus.Accepted, "ana", null, null), Ct);
        await Store.Reviews.DecideAsync(overridden.Id, new ReviewDecision(ReviewStatus.Overridden, "ana", "false", "income proof checked"), Ct);
        await Store.Reviews.DecideAsync(both.Id, new ReviewDecision(ReviewStatus.Overridden, "ana", "false", "looked fine"), Ct);
        await Store.Predictions.RecordFeedbackAsync(both.Id, "true", "loan-system", Ct);
        await Store.Predictions.RecordFeedbackAsync(fedBack.Id, "false", "loan-system", Ct);

        var labelled = await Store.Predictions.ListLabelledAsync(model, null, 100, Ct);

        Assert.Equal([(accepted.Id, "true", "review"), (overridden.Id, "false", "review"), (both.Id, "true", "feedback"), (fedBack.Id, "false", "feedback")],
            labelled.Select(l => (l.Prediction.Id, l.Label, l.LabelSource)));
        Assert.Equal([fedBack.Id], (await Store.Predictions.ListLabelledAsync(model, fedBack.CreatedAt, 100, Ct)).Select(l => l.Prediction.Id));
    }

    [Fact]
    public async Task OpenAsync_StoreBeforePredictions_UpgradesAndLogsPredictions()
    {
        var options = await NewOptionsAsync();
        var run = default(Runs.RunSnapshot);
        await using (var older = await StoreFactory.OpenAsync(options, new StoreHooks { TargetMigration = LastMigrationBeforePredictions }, Ct))
            run = await older.Runs.StartAsync(new Runs.NewRun(UniqueName("exp"), "before-predictions"), Ct);

        await using var newer = await StoreFactory.OpenAsync(options, Ct);

        Assert.Equal("before-predictions", (await newer.Runs.GetAsync(run.Id, Ct))?.Name);
        var p = Prediction(UniqueName("credit"), "review");
        Assert.Equal(1, await newer.Predictions.LogAsync([p], Ct));
        Assert.Equal(ReviewStatus.Pending, (await newer.Reviews.GetAsync(p.Id, Ct))?.Status);
    }
}

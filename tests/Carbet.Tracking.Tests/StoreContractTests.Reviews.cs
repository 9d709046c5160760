using Carbet.Core;
using Carbet.Tracking.Reviews;

namespace Carbet.Tracking.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task DecideAsync_Accept_KeepsTheModelsLabelAndRecordsWhoAndWhen()
    {
        var p = Prediction(UniqueName("credit"), "review", 0.6);
        await Store.Predictions.LogAsync([p], Ct);

        var result = await Store.Reviews.DecideAsync(p.Id, new ReviewDecision(ReviewStatus.Accepted, "ana", "ignored", null), Ct);

        Assert.Equal(DecisionStatus.Decided, result.Status);
        var review = await Store.Reviews.GetAsync(p.Id, Ct);
        Assert.Equal((ReviewStatus.Accepted, "ana", "true", (string?)null), (review?.Status, review?.Reviewer, review?.DecidedLabel, review?.Comment));
        Assert.NotNull(review?.DecidedAt);
        Assert.Equal((review?.Status, review?.DecidedAt), (result.Review?.Status, result.Review?.DecidedAt));
    }

    [Fact]
    public async Task DecideAsync_Override_StoresTheLabelAndComment()
    {
        var model = UniqueName("credit");
        var p = Prediction(model, "review", 0.6);
        await Store.Predictions.LogAsync([p, Prediction(model, "review")], Ct);

        await Store.Reviews.DecideAsync(p.Id, new ReviewDecision(ReviewStatus.Overridden, "ana", "false", "income proof checked"), Ct);

        var review = await Store.Reviews.GetAsync(p.Id, Ct);
        Assert.Equal((ReviewStatus.Overridden, "false", "income proof checked"), (review?.Status, review?.DecidedLabel, review?.Comment));
        var counts = await Store.Reviews.CountsAsync(model, Ct);
        Assert.Equal((1, 0, 1, 1.0), (counts.Backlog, counts.Accepted, counts.Overridden, counts.OverrideRate));
    }

    [Fact]
    public async Task DecideAsync_OverrideWithoutComment_IsAUserError()
    {
        var p = Prediction(UniqueName("credit"), "review");
        await Store.Predictions.LogAsync([p], Ct);

        await Assert.ThrowsAsync<UserErrorException>(() => Store.Reviews.DecideAsync(p.Id, new ReviewDecision(ReviewStatus.Overridden, "ana", "false", " "), Ct));
        Assert.Equal(ReviewStatus.Pending, (await Store.Reviews.GetAsync(p.Id, Ct))?.Status);
    }

    [Fact]
    public async Task DecideAsync_Twice_KeepsTheFirstDecision()
    {
        var p = Prediction(UniqueName("credit"), "review");
        await Store.Predictions.LogAsync([p], Ct);
        await Store.Reviews.DecideAsync(p.Id, new ReviewDecision(ReviewStatus.Accepted, "ana", null, null), Ct);

        var second = await Store.Reviews.DecideAsync(p.Id, new ReviewDecision(ReviewStatus.Overridden, "bob", "false", "no"), Ct);

        Assert.Equal((DecisionStatus.AlreadyDecided, ReviewStatus.Accepted, "ana"), (second.Status, second.Review?.Status, second.Review?.Reviewer));
    }

    [Fact]
    public async Task DecideAsync_ConcurrentDecisions_ExactlyOneWins()
    {
        var p = Prediction(UniqueName("credit"), "review");
        await Store.Predictions.LogAsync([p], Ct);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            Task.Run(() => Store.Reviews.DecideAsync(p.Id, new ReviewDecision(ReviewStatus.Accepted, $"reviewer{i}", null, null), Ct), Ct)));

        Assert.Single(results, r => r.Status == DecisionStatus.Decided);
    }

    [Fact]
    public async Task DecideAsync_AutoBandOrUnknownPrediction_IsUnknownReview()
    {
        var auto = Prediction(UniqueName("credit"));
        await Store.Predictions.LogAsync([auto], Ct);

        Assert.Equal(DecisionStatus.UnknownReview, (await Store.Reviews.DecideAsync(auto.Id, new ReviewDecision(ReviewStatus.Accepted, "ana", null, null), Ct)).Status);
        Assert.Equal(DecisionStatus.UnknownReview, (await Store.Reviews.DecideAsync(Guid.CreateVersion7(), new ReviewDecision(ReviewStatus.Accepted, "ana", null, null), Ct)).Status);
    }

    [Fact]
    public async Task ListAsync_Paged_ReturnsNewestFirstWithTheTotal()
    {
        var model = UniqueName("credit");
        var batch = Enumerable.Range(0, 5).Select(i => Prediction(model, "review", 0.6, i)).ToList();
        await Store.Predictions.LogAsync(batch, Ct);

        var page = await Store.Reviews.ListAsync(new ReviewQuery { Model = model, Status = ReviewStatus.Pending, Skip = 1, Take = 2 }, Ct);

        Assert.Equal(5, page.Total);
        Assert.Equal([batch[3].Id, batch[2].Id], page.Reviews.Select(r => r.Prediction.Id));
    }

    [Fact]
    public async Task SetStopSwitchAsync_OnThenOff_KeepsTheLatestWithWhoAndWhyAndAudits()
    {
        var model = UniqueName("credit");
        Assert.Equal(StopSwitchState.Never(model), await Store.Reviews.GetStopSwitchAsync(model, Ct));

        await Store.Reviews.SetStopSwitchAsync(model, true, "drift alert on income", "admin1", Ct);
        var on = await Store.Reviews.GetStopSwitchAsync(model, Ct);
        await Store.Reviews.SetStopSwitchAsync(model, false, "retrained", "admin2", Ct);
        var off = await Store.Reviews.GetStopSwitchAsync(model, Ct);

        Assert.Equal((true, "admin1", "drift alert on income"), (on.On, on.Actor, on.Reason));
        Assert.Equal((false, "admin2", "retrained"), (off.On, off.Actor, off.Reason));
        var audit = await Store.Audit.ListAsync($"model/{model}", 10, Ct);
        Assert.Equal(["stop_switch.off", "stop_switch.on"], audit.Select(e => e.Action));
    }
}

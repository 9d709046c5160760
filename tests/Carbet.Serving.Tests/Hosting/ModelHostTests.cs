using Carbet.Serving.Hosting;
using Carbet.Serving.Scoring;
using Carbet.Serving.Validation;

namespace Carbet.Serving.Tests.Hosting;

public sealed class ModelHostTests(TrainedStore trained)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ModelHost Host(string alias = "champion", TimeSpan? poll = null, ValidationOptions? validation = null) =>
        new(trained.Store, new ModelHostOptions
        {
            Model = TrainedStore.Model,
            Alias = alias,
            PollInterval = poll ?? TimeSpan.FromHours(1),
            ReviewBand = new ReviewBand(0.2, 0.5),
            Validation = validation ?? new ValidationOptions(),
        }, TimeProvider.System);

    [Fact]
    public async Task Score_ChampionBatch_GivesTheModelsOwnScoresLabelsAtTheThresholdAndBands()
    {
        await using var host = Host();
        await host.StartAsync(Ct);
        var loaded = host.Default!;

        var result = loaded.Score([.. trained.Rows], contributions: false, host.Options.ReviewBand, TimeProvider.System);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var expected = await trained.ScoresAsync(trained.V1, trained.Rows);
        Assert.Equal(1, loaded.Version.Version);
        Assert.Equal(trained.V1.Metrics["decision_threshold"], loaded.Threshold);
        for (var i = 0; i < expected.Length; i++)
        {
            var p = result.Predictions[i];
            Assert.Equal(expected[i], p.Score, 12);
            Assert.Equal(p.Score >= loaded.Threshold, p.Label);
            Assert.Equal(p.Score is >= 0.2 and <= 0.5 ? Bands.Review : Bands.Auto, p.Band);
            Assert.Null(p.Contributions);
        }
        Assert.Equal(result.Predictions.Length, result.Predictions.Select(p => p.PredictionId).Distinct().Count());
    }

    [Fact]
    public async Task Score_BatchLargeEnoughToBeSliced_GivesTheScoresInRowOrderAndEveryErrorInRowOrder()
    {
        await using var host = Host();
        await host.StartAsync(Ct);
        var loaded = host.Default!;
        var rows = Enumerable.Range(0, 1_000).Select(i => (IReadOnlyDictionary<string, System.Text.Json.JsonElement>)trained.Rows[i % trained.Rows.Length]).ToList();

        var scored = loaded.Score(rows, contributions: false, null, TimeProvider.System);
        rows[3] = trained.With(3, "loan_amount", "\"many\"");
        rows[998] = trained.With(18, "territory", null);
        var refused = loaded.Score(rows, contributions: false, null, TimeProvider.System);

        var expected = await trained.ScoresAsync(trained.V1, trained.Rows);
        Assert.Equal(1_000, scored.Predictions.Length);
        Assert.All(Enumerable.Range(0, 1_000), i => Assert.Equal(expected[i % expected.Length], scored.Predictions[i].Score, 12));
        Assert.Empty(refused.Predictions);
        Assert.Equal([(3, "loan_amount"), (998, "territory")], refused.Errors.Select(e => (e.Row, e.Field)));
    }

    [Fact]
    public async Task Score_ContributionsAsked_ReturnsOnePerInputColumn()
    {
        await using var host = Host();
        await host.StartAsync(Ct);

        var result = host.Default!.Score([trained.Rows[0]], contributions: true, null, TimeProvider.System);

        var contributions = result.Predictions[0].Contributions!.Value;
        Assert.NotEmpty(contributions);
        Assert.All(contributions, c => Assert.True(trained.V1.InputSignature.Find(c.Column) is not null, c.Column));
    }

    [Fact]
    public async Task ResolveAsync_ByVersion_ScoresWithThatVersion()
    {
        await using var host = Host();
        await host.StartAsync(Ct);

        var v2 = await host.ResolveAsync(null, 2, Ct);
        var result = v2!.Score([.. trained.Rows.Take(5)], false, null, TimeProvider.System);

        Assert.Equal(await trained.ScoresAsync(trained.V2, trained.Rows.Take(5)), result.Predictions.Select(p => p.Score));
        Assert.All(result.Predictions, p => Assert.Equal(2, p.Version));
    }

    [Fact]
    public async Task ResolveAsync_UnknownAliasOrVersion_ReturnsNull()
    {
        await using var host = Host();
        await host.StartAsync(Ct);

        Assert.Null(await host.ResolveAsync("nobody", null, Ct));
        Assert.Null(await host.ResolveAsync(null, 99, Ct));
    }

    [Fact]
    public async Task RefreshAsync_AliasMoved_SwapsWhileTheOldModelFinishesItsRequest()
    {
        await trained.Store.Models.SetAliasAsync(TrainedStore.Model, "swap-test", 1, "test", Ct);
        await using var host = Host("swap-test");
        await host.StartAsync(Ct);
        var before = host.Default!;

        await trained.Store.Models.SetAliasAsync(TrainedStore.Model, "swap-test", 2, "test", Ct);
        await host.RefreshAsync(Ct);

        Assert.Equal(2, host.Default!.Version.Version);
        Assert.Equal(1, before.Version.Version);
        var old = before.Score([trained.Rows[0]], false, null, TimeProvider.System);
        Assert.Equal((await trained.ScoresAsync(trained.V1, [trained.Rows[0]]))[0], old.Predictions[0].Score);
    }

    [Fact]
    public async Task StartAsync_ShortPollInterval_FollowsTheAliasWithoutBeingAsked()
    {
        await trained.Store.Models.SetAliasAsync(TrainedStore.Model, "poll-test", 1, "test", Ct);
        await using var host = Host("poll-test", TimeSpan.FromMilliseconds(50));
        await host.StartAsync(Ct);
        Assert.Equal(1, host.Default!.Version.Version);

        await trained.Store.Models.SetAliasAsync(TrainedStore.Model, "poll-test", 2, "test", Ct);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        while (host.Default?.Version.Version != 2)
            await Task.Delay(20, timeout.Token);
        Assert.NotNull(host.LastPoll);
    }

    [Fact]
    public async Task StartAsync_AliasPointsNowhere_HasNoDefaultUntilItIsSet()
    {
        await using var host = Host("not-yet");
        await host.StartAsync(Ct);

        Assert.Null(host.Default);
        await trained.Store.Models.SetAliasAsync(TrainedStore.Model, "not-yet", 1, "test", Ct);
        await host.RefreshAsync(Ct);
        Assert.Equal(1, host.Default!.Version.Version);
    }

    [Fact]
    public async Task Score_OutOfDomainWithReviewPolicy_ScoresTheRowInReview()
    {
        await using var host = Host(validation: new ValidationOptions { OutOfDomain = OutOfDomainPolicy.Review });
        await host.StartAsync(Ct);

        var result = host.Default!.Score([trained.With(0, "monthly_income", "1e9")], false, null, TimeProvider.System);

        Assert.True(result.Succeeded);
        var p = Assert.Single(result.Predictions);
        Assert.Equal(Bands.Review, p.Band);
        Assert.Equal([Bands.OutOfDomain], p.Reasons);
        Assert.Equal(["monthly_income"], p.OutOfDomain);
    }

    [Fact]
    public async Task Score_OneBadRowInABatch_ScoresNoneAndNamesTheRowAndField()
    {
        await using var host = Host();
        await host.StartAsync(Ct);

        var result = host.Default!.Score([trained.Rows[0], trained.With(1, "loan_amount", "\"a lot\"")], false, null, TimeProvider.System);

        Assert.Empty(result.Predictions);
        var error = Assert.Single(result.Errors);
        Assert.Equal((1, "loan_amount"), (error.Row, error.Field));
    }
}

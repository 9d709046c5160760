using Carbet.Core;
using Carbet.Tracking.Runs;

namespace Carbet.Tracking.Tests;

public abstract partial class StoreContractTests
{
    /// <summary>Four runs a..d of a new experiment: param depth 2, 10, 9, (none); latest auc 0.7, 0.9, (none), 0.8.</summary>
    private async Task<(string Experiment, RunSnapshot[] Runs)> SeedSearchAsync()
    {
        var experiment = UniqueName("search");
        var runs = new RunSnapshot[4];
        string?[] depths = ["2", "10", "9", null];
        double?[] aucs = [0.7, 0.9, null, 0.8];
        for (var i = 0; i < runs.Length; i++)
        {
            runs[i] = await StartRunAsync(experiment, ((char)('a' + i)).ToString());
            if (depths[i] is { } depth)
                await Store.Runs.LogParamsAsync(runs[i].Id, new Dictionary<string, string> { ["depth"] = depth, ["family"] = i % 2 == 0 ? "lightgbm" : "logistic" }, Ct);
            if (aucs[i] is { } auc)
                await Store.Runs.LogMetricsAsync(runs[i].Id, [Point("auc", 0.1, 0), Point("auc", auc, 5)], Ct);
        }
        await Store.Runs.StartAsync(new NewRun(UniqueName("other"), "elsewhere"), Ct);
        return (experiment, runs);
    }

    private async Task<string> NamesAsync(RunQuery query) =>
        string.Concat((await Store.Runs.SearchAsync(query, Ct)).Runs.Select(r => r.Name));

    [Fact]
    public async Task SearchAsync_ParamTextEquality_ReturnsMatchingRuns()
    {
        var (experiment, _) = await SeedSearchAsync();

        Assert.Equal("ac", await NamesAsync(new RunQuery
        {
            Experiment = experiment,
            Filters = [new RunFilter(RunFilterTarget.Param, "family", FilterOperator.Equal, "lightgbm")],
            OrderBy = new RunOrder(RunOrderField.Name, Descending: false),
        }));
        Assert.Equal("b", await NamesAsync(new RunQuery
        {
            Experiment = experiment,
            Filters = [new RunFilter(RunFilterTarget.Param, "family", FilterOperator.NotEqual, "lightgbm")],
        }));
    }

    [Fact]
    public async Task SearchAsync_ParamNumericComparison_ComparesAsNumbers()
    {
        var (experiment, _) = await SeedSearchAsync();

        var deep = new RunQuery
        {
            Experiment = experiment,
            Filters = [new RunFilter(RunFilterTarget.Param, "depth", FilterOperator.GreaterOrEqual, "9")],
            OrderBy = new RunOrder(RunOrderField.Name, Descending: false),
        };

        Assert.Equal("bc", await NamesAsync(deep));   // as text, "10" < "9"
    }

    [Fact]
    public async Task SearchAsync_MetricFilter_UsesLatestValue()
    {
        var (experiment, _) = await SeedSearchAsync();

        var good = new RunQuery
        {
            Experiment = experiment,
            Filters = [new RunFilter(RunFilterTarget.Metric, "auc", FilterOperator.Greater, "0.75")],
            OrderBy = new RunOrder(RunOrderField.Name, Descending: false),
        };

        Assert.Equal("bd", await NamesAsync(good));
    }

    [Fact]
    public async Task SearchAsync_OrderByMetric_PutsRunsWithoutItLast()
    {
        var (experiment, _) = await SeedSearchAsync();

        Assert.Equal("bdac", await NamesAsync(new RunQuery { Experiment = experiment, OrderBy = new RunOrder(RunOrderField.Metric, true, "auc") }));
        Assert.Equal("adbc", await NamesAsync(new RunQuery { Experiment = experiment, OrderBy = new RunOrder(RunOrderField.Metric, false, "auc") }));
    }

    [Fact]
    public async Task SearchAsync_SkipAndTake_PagesWithTotal()
    {
        var (experiment, runs) = await SeedSearchAsync();

        var page = await Store.Runs.SearchAsync(new RunQuery { Experiment = experiment, Skip = 1, Take = 2 }, Ct);

        Assert.Equal(4, page.Total);
        Assert.Equal([runs[2].Id, runs[1].Id], page.Runs.Select(r => r.Id));   // newest first
        Assert.Equal(0.9, page.Runs[1].LatestMetrics["auc"]);
        Assert.Equal("10", page.Runs[1].Params["depth"]);
    }

    [Fact]
    public async Task SearchAsync_StatusFilter_ReturnsOnlyThatStatus()
    {
        var (experiment, runs) = await SeedSearchAsync();
        await Store.Runs.EndAsync(runs[1].Id, RunStatus.Finished, Ct);
        await Store.Runs.EndAsync(runs[3].Id, RunStatus.Failed, Ct);

        var page = await Store.Runs.SearchAsync(new RunQuery { Experiment = experiment, Status = RunStatus.Finished }, Ct);

        Assert.Equal(runs[1].Id, Assert.Single(page.Runs).Id);
        Assert.Equal(1, page.Total);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1001, 0)]
    [InlineData(10, -1)]
    public async Task SearchAsync_PageOutOfRange_ThrowsUserError(int take, int skip)
    {
        await Assert.ThrowsAsync<UserErrorException>(() => Store.Runs.SearchAsync(new RunQuery { Take = take, Skip = skip }, Ct));
    }

    [Fact]
    public async Task SearchAsync_MetricFilterOnText_ThrowsUserError()
    {
        var error = await Assert.ThrowsAsync<UserErrorException>(() => Store.Runs.SearchAsync(new RunQuery
        {
            Filters = [new RunFilter(RunFilterTarget.Metric, "auc", FilterOperator.Greater, "high")],
        }, Ct));

        Assert.Contains("'high'", error.Message, StringComparison.Ordinal);
    }
}

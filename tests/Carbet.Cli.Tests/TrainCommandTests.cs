using Carbet.Testing;

namespace Carbet.Cli.Tests;

public sealed class TrainCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<CarbetProcess.Result> Carbet(params string[] args) => CarbetProcess.RunAsync(_folder.Path, args);

    private static void AssertExit(int code, CarbetProcess.Result result) => Assert.True(result.ExitCode == code, $"exit {result.ExitCode}: {result.All}");

    [Fact]
    public async Task Train_AfterPrepare_PrintsTheLeaderboardAndRegistersAVersion()
    {
        AssertExit(0, await Carbet("demo-data", "--months", "2", "--rows-per-month", "400", "--out", "world"));
        AssertExit(0, await Carbet("init", "world/applications.csv", "--target", "default_12m", "--name", "credit"));
        AssertExit(0, await Carbet("data", "prepare"));

        var train = await Carbet("train", "--families", "logistic,baseline", "--folds", "3", "--trials", "4");

        AssertExit(0, train);
        Assert.Contains("Leaderboard", train.Output, StringComparison.Ordinal);
        Assert.Contains("CV AUC mean ± std", train.Output, StringComparison.Ordinal);
        Assert.Contains("DeLong paired test", train.Output, StringComparison.Ordinal);
        Assert.Contains("credit v1", train.Output, StringComparison.Ordinal);
        var baseline = train.Output.IndexOf("baseline", StringComparison.Ordinal);
        Assert.InRange(train.Output.IndexOf("logistic", StringComparison.Ordinal), 0, baseline);
    }

    [Fact]
    public async Task Train_BeforePrepare_ExitsOneSayingPrepareFirst()
    {
        AssertExit(0, await Carbet("demo-data", "--months", "1", "--rows-per-month", "200", "--out", "world"));
        AssertExit(0, await Carbet("init", "world/applications.csv", "--target", "default_12m", "--name", "credit"));

        var train = await Carbet("train", "--families", "baseline");

        AssertExit(1, train);
        Assert.Contains("carbet data prepare", train.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_RegressionProject_PrintsTheRmseLeaderboardAndRegistersAVersion()
    {
        HomesCsv.Write(_folder.File("homes.csv"));
        AssertExit(0, await Carbet("init", "homes.csv", "--target", "price", "--name", "homes"));
        AssertExit(0, await Carbet("data", "prepare"));

        var train = await Carbet("train", "--families", "lightgbm,sdca,baseline", "--folds", "3", "--trials", "4");

        AssertExit(0, train);
        Assert.Contains("lowest mean cross-validated RMSE", train.Output, StringComparison.Ordinal);
        Assert.Contains("CV RMSE mean ± std", train.Output, StringComparison.Ordinal);
        Assert.Contains("Test R²", train.Output, StringComparison.Ordinal);
        Assert.Contains("homes v1", train.Output, StringComparison.Ordinal);
        Assert.Contains("(tuned)", train.Output, StringComparison.Ordinal);
        Assert.Contains("4 trials", train.Output, StringComparison.Ordinal);
        Assert.Contains("best CV RMSE", train.Output, StringComparison.Ordinal);
        Assert.InRange(train.Output.IndexOf("sdca", StringComparison.Ordinal), 0, train.Output.LastIndexOf("baseline", StringComparison.Ordinal));
    }
}

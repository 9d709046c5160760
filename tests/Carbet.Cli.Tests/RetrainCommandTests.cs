using Carbet.Testing;

namespace Carbet.Cli.Tests;

public sealed class RetrainCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<CarbetProcess.Result> Carbet(params string[] args) => CarbetProcess.RunAsync(_folder.Path, args);

    private static void AssertExit(int code, CarbetProcess.Result result) => Assert.True(result.ExitCode == code, $"exit {result.ExitCode}: {result.All}");

    private async Task TrainAsync()
    {
        AssertExit(0, await Carbet("demo-data", "--months", "2", "--rows-per-month", "300", "--out", "world"));
        AssertExit(0, await Carbet("init", "world/applications.csv", "--target", "default_12m", "--name", "credit"));
        AssertExit(0, await Carbet("data", "prepare"));
        AssertExit(0, await Carbet("train", "--families", "logistic,baseline", "--folds", "3", "--trials", "0"));
    }

    [Fact]
    public async Task Retrain_NoChampionUnknownModelOrVersion_ExitsOneWithTheFix()
    {
        await TrainAsync();
        AssertExit(0, await Carbet("models", "alias", "remove", "credit", "champion"));   // train made its first version champion

        var noChampion = await Carbet("retrain");
        var noModel = await Carbet("retrain", "--model", "nope", "--from", "1");
        var noVersion = await Carbet("retrain", "--from", "7");

        AssertExit(1, noChampion);
        Assert.Contains("Model 'credit' has no alias 'champion'", noChampion.All, StringComparison.Ordinal);
        Assert.Contains("carbet models alias set credit champion <version>", noChampion.All, StringComparison.Ordinal);
        AssertExit(1, noModel);
        Assert.Contains("There is no model 'nope'", noModel.All, StringComparison.Ordinal);
        Assert.Contains("--model one of: credit", noModel.All, StringComparison.Ordinal);
        AssertExit(1, noVersion);
        Assert.Contains("Model 'credit' has no version 7", noVersion.All, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", noVersion.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retrain_FromChampionThenChallenger_RegistersChallengersAndNeverMovesChampion()
    {
        await TrainAsync();
        AssertExit(0, await Carbet("models", "alias", "set", "credit", "champion", "1"));

        var first = await Carbet("retrain");
        var second = await Carbet("retrain", "--from", "challenger");
        var show = await Carbet("models", "show", "credit");

        AssertExit(0, first);
        Assert.Contains("parent: credit v1 (champion)", first.Output, StringComparison.Ordinal);
        Assert.Contains("new: credit v2", first.Output, StringComparison.Ordinal);
        Assert.Contains("DeLong paired test", first.Output, StringComparison.Ordinal);
        Assert.Contains("logistic (warm start)", first.Output, StringComparison.Ordinal);
        Assert.Contains("credit v2, alias challenger (new); champion unchanged", first.Output, StringComparison.Ordinal);
        AssertExit(0, second);
        Assert.Contains("parent: credit v2 (challenger)", second.Output, StringComparison.Ordinal);
        Assert.Contains("credit v3, alias challenger (moved from v2)", second.Output, StringComparison.Ordinal);
        AssertExit(0, show);
        var v1 = show.Output.Split('\n').Single(l => l.Contains("│ v1 ", StringComparison.Ordinal));
        var v3 = show.Output.Split('\n').Single(l => l.Contains("│ v3 ", StringComparison.Ordinal));
        Assert.Contains("champion", v1, StringComparison.Ordinal);
        Assert.Contains("challenger", v3, StringComparison.Ordinal);
    }
}

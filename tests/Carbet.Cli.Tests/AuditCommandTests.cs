using Carbet.Testing;

namespace Carbet.Cli.Tests;

public sealed class AuditCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<CarbetProcess.Result> Carbet(params string[] args) => CarbetProcess.RunAsync(_folder.Path, args);

    private static void AssertExit(int code, CarbetProcess.Result result) => Assert.True(result.ExitCode == code, $"exit {result.ExitCode}: {result.All}");

    [Fact]
    public async Task Audit_TrainedChampion_PrintsEachAttributeThePairTheProxiesAndWritesTheReport()
    {
        AssertExit(0, await Carbet("demo-data", "--months", "2", "--rows-per-month", "400", "--out", "world"));
        AssertExit(0, await Carbet("init", "world/applications.csv", "--target", "default_12m", "--name", "credit"));
        AssertExit(0, await Carbet("data", "prepare"));
        AssertExit(0, await Carbet("train", "--families", "logistic,baseline", "--folds", "3", "--trials", "0"));

        var audit = await Carbet("audit", "--bootstrap", "100");
        var unknown = await Carbet("audit", "--from", "challenger");
        var bad = await Carbet("audit", "--bootstrap", "-1");

        AssertExit(0, audit);
        Assert.Contains("Fairness of credit v1", audit.Output, StringComparison.Ordinal);
        Assert.Contains("age & sex", audit.Output, StringComparison.Ordinal);
        Assert.Contains("occupation", audit.Output, StringComparison.Ordinal);
        var runId = audit.Output.Split('\n').Single(l => l.Contains("│ Run ", StringComparison.Ordinal)).Split('│')[2].Trim().Split(' ')[0];
        AssertExit(0, await Carbet("runs", "artifact", runId, "reports/fairness-audit.html", "--out", "audit.html"));
        Assert.Contains("Fairness audit of credit v1", await File.ReadAllTextAsync(_folder.File("audit.html"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var decided = await Carbet("audit", "decide", "--attribute", "sex", "--option", "none", "--reason", "Per-group thresholds would set terms by sex.", "--by", "Ana Diallo");
        AssertExit(0, decided);
        Assert.Contains("none for sex of credit", decided.Output, StringComparison.Ordinal);
        AssertExit(1, unknown);
        Assert.Contains("has no alias 'challenger'", unknown.All, StringComparison.Ordinal);
        AssertExit(1, bad);
        Assert.Contains("--bootstrap -1 is outside 0 to 100,000", bad.All, StringComparison.Ordinal);
    }
}

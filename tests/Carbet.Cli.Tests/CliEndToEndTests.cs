using Carbet.Testing;

namespace Carbet.Cli.Tests;

public sealed class CliEndToEndTests : IDisposable
{
    private static readonly string[] SmallDemo = ["demo", "--months", "4", "--rows-per-month", "600", "--training-months", "3", "--trials", "2"];
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // .NET writes "   at Type.Method", Spectre.Console "  at void Type.Method(...)"
    private const string StackFrame = @"(?m)^\s+at \S";

    private static void AssertNoStackTrace(string text) => Assert.DoesNotMatch(StackFrame, text);

    [Fact]
    public async Task Demo_Twice_AddsARunAndAVersionAndMovesChampion()
    {
        var first = await CarbetProcess.RunAsync(_folder.Path, SmallDemo);
        Assert.True(first.ExitCode == 0, first.All);
        Assert.Contains("champion -> v1 (new)", first.Output, StringComparison.Ordinal);
        var second = await CarbetProcess.RunAsync(_folder.Path, SmallDemo);
        Assert.True(second.ExitCode == 0, second.All);
        Assert.Contains("champion -> v2 (moved from v1)", second.Output, StringComparison.Ordinal);

        var models = await CarbetProcess.RunAsync(_folder.Path, "models", "list");
        Assert.Equal(0, models.ExitCode);
        Assert.Matches(@"credit-risk\s*│\s*v2\s*│\s*champion -> v2\s*│\s*0\.\d+", models.Output);

        var versions = await CarbetProcess.RunAsync(_folder.Path, "models", "show", "credit-risk");
        Assert.Contains("v1", versions.Output, StringComparison.Ordinal);
        Assert.Contains("v2", versions.Output, StringComparison.Ordinal);

        var runs = await CarbetProcess.RunAsync(_folder.Path, "runs", "list", "--filter", "metric.test_auc>=0.5", "--filter", "param.demo.training_months=3");
        Assert.Equal(2, runs.Output.Split('\n').Count(l => l.Contains("Finished", StringComparison.Ordinal)));
        Assert.True(File.Exists(Path.Combine(_folder.Path, ".carbet", "carbet.db")));
        Assert.True(File.Exists(Path.Combine(_folder.Path, "demo-world", "seed-20240101", "applications.csv")));
    }

    [Fact]
    public async Task RunsArtifact_AfterDemo_CopiesTheFileOrListsTheOthers()
    {
        var demo = await CarbetProcess.RunAsync(_folder.Path, SmallDemo);
        Assert.True(demo.ExitCode == 0, demo.All);
        var runId = System.Text.RegularExpressions.Regex.Match(demo.Output, @"carbet runs show ([0-9a-f]{12})").Groups[1].Value;

        var copy = await CarbetProcess.RunAsync(_folder.Path, "runs", "artifact", runId, "model/model.zip", "--out", "copy.zip");
        Assert.True(copy.ExitCode == 0, copy.All);
        Assert.True(new FileInfo(Path.Combine(_folder.Path, "copy.zip")).Length > 1000);

        var missing = await CarbetProcess.RunAsync(_folder.Path, "runs", "artifact", runId, "model/absent.zip");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("model/model.zip", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Root_DocumentsExitCodes()
    {
        var help = await CarbetProcess.RunAsync(_folder.Path, "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Exit codes: 0 success; 1 failure", help.Output, StringComparison.Ordinal);
        Assert.Contains("demo-data", help.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("demo", "--months", "many")]
    [InlineData("models", "alias", "set", "credit-risk")]
    public async Task UsageError_AnyForm_ExitsWithTwo(params string[] args)
    {
        var result = await CarbetProcess.RunAsync(_folder.Path, args);
        Assert.True(result.ExitCode == 2, result.All);
    }

    [Theory]
    [InlineData("No run 'abcdef123'", "runs", "show", "abcdef123")]
    [InlineData("No model 'nobody'", "models", "show", "nobody")]
    [InlineData("nobody", "models", "alias", "set", "nobody", "champion", "1")]
    [InlineData("nobody", "models", "alias", "remove", "nobody", "champion")]
    public async Task UnknownThing_OnAnEmptyStore_OneSentenceAndExitOne(string expected, params string[] args)
    {
        var result = await CarbetProcess.RunAsync(_folder.Path, args);
        Assert.True(result.ExitCode == 1, result.All);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        AssertNoStackTrace(result.All);
    }

    [Fact]
    public async Task UnknownRun_Verbose_ShowsTheStackTrace()
    {
        var result = await CarbetProcess.RunAsync(_folder.Path, "runs", "show", "abcdef123", "--verbose");
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(StackFrame, result.Error);
    }

    [Fact]
    public async Task CorruptStoreFile_NamesItAndLeavesItUntouched()
    {
        var store = Path.Combine(_folder.Path, ".carbet", "carbet.db");
        Directory.CreateDirectory(Path.GetDirectoryName(store)!);
        await File.WriteAllTextAsync(store, "these are not the bytes of a database", TestContext.Current.CancellationToken);
        var result = await CarbetProcess.RunAsync(_folder.Path, "models", "list");
        Assert.True(result.ExitCode == 1, result.All);
        Assert.Contains("carbet.db", result.Error, StringComparison.Ordinal);
        AssertNoStackTrace(result.All);
        Assert.Equal("these are not the bytes of a database", await File.ReadAllTextAsync(store, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task PostgresWrongPassword_ExitOneWithoutThePassword()
    {
        const string password = "s3cret-Not-This-One";
        var result = await CarbetProcess.RunAsync(_folder.Path, "--store", $"Host=127.0.0.1;Port=5432;Username=carbet;Password={password};Database=carbet;Timeout=5", "models", "list");
        Assert.True(result.ExitCode == 1, result.All);
        Assert.DoesNotContain(password, result.All, StringComparison.Ordinal);
        AssertNoStackTrace(result.All);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, ".carbet")), "nothing may be written");
    }

    [Fact]
    public async Task DemoData_Out_WritesTheFilesWithoutAStore()
    {
        var result = await CarbetProcess.RunAsync(_folder.Path, "demo-data", "--months", "2", "--rows-per-month", "200", "--seed", "7", "--out", "world");
        Assert.True(result.ExitCode == 0, result.All);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "world", "applications.csv")));
        Assert.True(File.Exists(Path.Combine(_folder.Path, "world", "applications.parquet")));
        Assert.Contains("applications.csv", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, ".carbet")));
    }

    [Fact]
    public async Task DemoData_ZeroMonths_ExitOne()
    {
        var result = await CarbetProcess.RunAsync(_folder.Path, "demo-data", "--months", "0", "--out", "world");
        Assert.True(result.ExitCode == 1, result.All);
        Assert.Contains("onths", result.Error, StringComparison.Ordinal);
    }
}

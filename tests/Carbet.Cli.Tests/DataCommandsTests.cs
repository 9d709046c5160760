using Carbet.Testing;

namespace Carbet.Cli.Tests;

public sealed class DataCommandsTests : IDisposable
{
    private const string SmallCsv = "id,age,housing,y\n1,34,owner,0\n2,-5,renter,1\n3,51,owner,0\n4,29,renter,0\n5,62,owner,1\n6,45,renter,0\n";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<CarbetProcess.Result> Carbet(params string[] args) => CarbetProcess.RunAsync(_folder.Path, args);

    private static void AssertExit(int code, CarbetProcess.Result result) => Assert.True(result.ExitCode == code, $"exit {result.ExitCode}: {result.All}");

    [Fact]
    public async Task DataCommands_InitThroughApprove_EachExitZero()
    {
        AssertExit(0, await Carbet("demo-data", "--months", "2", "--rows-per-month", "300", "--out", "world"));
        AssertExit(0, await Carbet("init", "world/applications.csv", "--target", "default_12m", "--name", "credit"));
        Assert.True(File.Exists(_folder.File("carbet.yaml")));

        var check = await Carbet("data", "check");
        AssertExit(0, check);
        Assert.Contains("available", check.Output, StringComparison.Ordinal);
        var profile = await Carbet("data", "profile");
        AssertExit(0, profile);
        Assert.Contains("credit-raw v1", profile.Output, StringComparison.Ordinal);
        var suggest = await Carbet("data", "validate", "--suggest");
        AssertExit(0, suggest);
        Assert.Contains("suggested expectations", suggest.Output, StringComparison.Ordinal);
        AssertExit(0, await Carbet("data", "validate"));
        var prepare = await Carbet("data", "prepare");
        AssertExit(0, prepare);
        Assert.Contains("credit v1", prepare.Output, StringComparison.Ordinal);
        var approve = await Carbet("data", "approve", "--role", "sponsor", "--by", "Ann");
        AssertExit(0, approve);
        Assert.Contains("Pending: legal, dpo.", approve.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "datasheets", "credit-v1.md")));
        var versions = await Carbet("data", "versions");
        AssertExit(0, versions);
        Assert.Contains("credit-raw", versions.Output, StringComparison.Ordinal);
        Assert.Contains("sponsor (Ann)", versions.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataCommands_ProjectOption_ReadsThatFile()
    {
        Directory.CreateDirectory(_folder.File("proj"));
        File.WriteAllText(_folder.File("proj/rows.csv"), SmallCsv);
        File.WriteAllText(_folder.File("proj/other.yaml"), "name: small\ndata:\n  source: rows.csv\n  target: y\n");

        var check = await Carbet("data", "check", "--project", "proj/other.yaml");

        AssertExit(0, check);
        Assert.True(File.Exists(_folder.File(".carbet/carbet.db")), "the store is in the current folder, as for every command");
        Assert.False(Directory.Exists(_folder.File("proj/.carbet")));
    }

    [Fact]
    public async Task DataProfile_UnknownKeyInProjectFile_ExitsOneNamingTheLine()
    {
        File.WriteAllText(_folder.File("rows.csv"), SmallCsv);
        File.WriteAllText(_folder.File("carbet.yaml"), "name: small\ndata:\n  source: rows.csv\n  target: y\n  tagret: y\n");

        var result = await Carbet("data", "profile");

        AssertExit(1, result);
        Assert.Contains("carbet.yaml line 5", result.All, StringComparison.Ordinal);
        Assert.Contains("data.tagret", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataValidate_FailingExpectation_ExitsOne()
    {
        File.WriteAllText(_folder.File("rows.csv"), SmallCsv);
        File.WriteAllText(_folder.File("carbet.yaml"), "name: small\ndata:\n  source: rows.csv\n  target: y\nvalidation:\n  expectations:\n    - {type: range, column: age, min: 0}\n");

        var result = await Carbet("data", "validate");

        AssertExit(1, result);
        Assert.Contains("FAIL", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataCheck_MissingSource_ExitsOneWithAdvice()
    {
        File.WriteAllText(_folder.File("carbet.yaml"), "name: gone\ndata:\n  source: missing.csv\n  target: y\n");

        var result = await Carbet("data", "check");

        AssertExit(1, result);
        Assert.Contains("declares no alternatives", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_TargetWithOneClass_ExitsOne()
    {
        File.WriteAllText(_folder.File("rows.csv"), "id,age,y\n1,30,yes\n2,40,yes\n3,50,yes\n");

        var result = await Carbet("init", "rows.csv", "--target", "y");

        AssertExit(1, result);
        Assert.Contains("1 distinct value", result.All, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("carbet.yaml")));
    }

    [Fact]
    public async Task Init_UnknownTarget_ExitsOneNamingTheColumns()
    {
        File.WriteAllText(_folder.File("rows.csv"), SmallCsv);

        var result = await Carbet("init", "rows.csv", "--target", "outcome");

        AssertExit(1, result);
        Assert.Contains("'outcome'", result.All, StringComparison.Ordinal);
        Assert.Contains("id, age, housing, y", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_ExistingProjectFile_ExitsOneAndKeepsIt()
    {
        File.WriteAllText(_folder.File("rows.csv"), SmallCsv);
        File.WriteAllText(_folder.File("carbet.yaml"), "# mine\n");

        var result = await Carbet("init", "rows.csv", "--target", "y");

        AssertExit(1, result);
        Assert.Equal("# mine\n", File.ReadAllText(_folder.File("carbet.yaml")));
        AssertExit(0, await Carbet("init", "rows.csv", "--target", "y", "--force"));
    }

    [Fact]
    public async Task DataProfile_NoProjectFile_ExitsOneSayingHowToCreateOne()
    {
        var result = await Carbet("data", "profile");

        AssertExit(1, result);
        Assert.Contains("carbet init", result.All, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s+at \S", result.All);
    }

    [Fact]
    public async Task DataApprove_WithoutRole_ExitsTwo()
    {
        AssertExit(2, await Carbet("data", "approve", "--by", "Ann"));
    }
}

using Carbet.Core;
using Carbet.Data.DemoWorld;
using Carbet.Data.Preparation;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Testing;
using Carbet.Tracking;
using Carbet.Tracking.Runs;

namespace Carbet.Lifecycle.Tests.DataSteps;

public sealed class DataWorkflowTests : IDisposable
{
    private const string SmallCsv = "id,age,housing,y\n1,34,owner,0\n2,-5,renter,1\n3,51,owner,0\n4,29,renter,0\n5,62,owner,1\n6,45,renter,0\n";
    private readonly TempFolder _folder = new();
    private readonly CarbetContext _context = new(CarbetContext.DefaultSeed);

    public void Dispose() => _folder.Dispose();

    private Task<IStore> OpenStoreAsync(CancellationToken ct) => StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = _folder.Path }, ct);

    private ProjectFile Project(string yaml)
    {
        var path = _folder.File("carbet.yaml");
        File.WriteAllText(path, yaml);
        return ProjectFileLoader.Load(path);
    }

    private ProjectFile SmallProject(string more = "")
    {
        File.WriteAllText(_folder.File("rows.csv"), SmallCsv);
        return Project("name: small\ndata:\n  source: rows.csv\n  target: y\n  id: id\n" + more);
    }

    private async Task<ProjectFile> DemoProjectAsync(CancellationToken ct)
    {
        var world = await DemoWorldWriter.WriteAsync(new DemoWorldOptions { Months = 2, ApplicationsPerMonth = 300 }, _folder.File("world"), null, ct);
        var applications = Path.Combine(world.Folder, world.Files.Single(f => Path.GetFileName(f.Path) == "applications.csv").Path);
        var path = _folder.File("carbet.yaml");
        await ProjectInitializer.WriteAsync(applications, "default_12m", "credit", path, overwrite: false, ct);
        return ProjectFileLoader.Load(path);
    }

    [Fact]
    public async Task Check_MissingSourceWithoutAlternatives_AdviceSaysNoneDeclared()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await OpenStoreAsync(ct);
        var project = Project("name: gone\ndata:\n  source: missing.csv\n  target: y\n");

        var report = await new DataCheckWorkflow(store).RunAsync(project, ct);

        Assert.False(report.MainUsable);
        Assert.False(Assert.Single(report.Checks).Result.Reachable);
        Assert.Contains("declares no alternatives", report.Advice, StringComparison.Ordinal);
        Assert.Equal(RunStatus.Finished, (await store.Runs.GetAsync(report.RunId, ct))?.Status);
    }

    [Fact]
    public async Task Check_MissingSourceWithUsableAlternative_NamesIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await OpenStoreAsync(ct);
        File.WriteAllText(_folder.File("backup.csv"), SmallCsv);
        File.WriteAllText(_folder.File("no-target.csv"), "id,age\n1,30\n");
        var project = Project("name: gone\ndata:\n  source: missing.csv\n  target: y\n  alternatives: [no-target.csv, elsewhere.csv, backup.csv]\n");

        var report = await new DataCheckWorkflow(store).RunAsync(project, ct);

        Assert.False(report.MainUsable);
        Assert.Equal([false, false, false, true], report.Checks.Select(c => c.Usable));
        Assert.Equal(["y"], report.Checks[1].Result.MissingRequiredColumns);
        Assert.Contains(_folder.File("backup.csv"), report.Advice, StringComparison.Ordinal);
        Assert.DoesNotContain("no-target.csv", report.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_UsableSource_IsMainUsable()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await OpenStoreAsync(ct);

        var report = await new DataCheckWorkflow(store).RunAsync(SmallProject(), ct);

        Assert.True(report.MainUsable);
        Assert.Equal(6, report.Checks[0].Result.Rows);
    }

    [Fact]
    public async Task Check_TypeOverrideOfAnUnknownColumn_ReportsTheProblem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await OpenStoreAsync(ct);

        var report = await new DataCheckWorkflow(store).RunAsync(SmallProject("  types: {nosuch: integer}\n"), ct);

        Assert.False(report.MainUsable);
        Assert.Contains("nosuch", report.Checks[0].Result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_DemoWorld_RegistersRawVersionAndStoresReports()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await OpenStoreAsync(ct);
        var project = await DemoProjectAsync(ct);

        var summary = await new DataProfileWorkflow(store, _context).RunAsync(project, null, ct);

        Assert.Equal("credit-raw", summary.RawVersion.Dataset);
        Assert.Equal(summary.Load.RowsKept, summary.RawVersion.Rows);
        Assert.Equal(summary.Load.RowsRead, summary.Load.RowsKept + summary.Load.RowsRejected);
        Assert.Equal(summary.RawVersion.Id, (await store.Datasets.GetAsync(summary.RawVersion.Id, ct))?.Id);
        var artifacts = (await store.Runs.ListArtifactsAsync(summary.RunId, ct)).Select(a => a.Path).ToList();
        Assert.Contains("reports/profile.html", artifacts);
        Assert.Contains("reports/profile.json", artifacts);
        Assert.Contains("data/raw/applications.csv", artifacts);
        Assert.Equal(RunStatus.Finished, (await store.Runs.GetAsync(summary.RunId, ct))?.Status);
    }

    [Fact]
    public async Task Validate_FailingExpectation_IsNotPassedAndNamesTheLine()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await OpenStoreAsync(ct);
        var project = SmallProject("validation:\n  expectations:\n    - {type: range, column: age, min: 0}\n    - {type: unique, column: id}\n");

        var summary = await new DataValidateWorkflow(store, _context).RunAsync(project, suggest: false, null, ct);

        Assert.False(summary.Result.Passed);
        var range = Assert.Single(summary.Result.Results, r => !r.Passed);
        Assert.Equal("range(age)", range.Expectation.Name);
        Assert.Equal(1, range.Failing);
        Assert.Equal([3], range.FailingLines);   // the header is line 1; age -5 is on line 3
        Assert.Null(summary.SuggestedInto);
        Assert.Contains("reports/validation.json", (await store.Runs.ListArtifactsAsync(summary.RunId, ct)).Select(a => a.Path));
    }

    [Fact]
    public async Task Validate_NoExpectations_IsAUserError()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await OpenStoreAsync(ct);
        var error = await Assert.ThrowsAsync<UserErrorException>(() => new DataValidateWorkflow(store, _context).RunAsync(SmallProject(), suggest: false, null, ct));
        Assert.Contains("--suggest", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Suggest_AppendsASectionThatLoadsBackAndPasses()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await OpenStoreAsync(ct);
        var project = await DemoProjectAsync(ct);

        var suggested = await new DataValidateWorkflow(store, _context).RunAsync(project, suggest: true, null, ct);
        var reloaded = ProjectFileLoader.Load(project.Path);
        var validated = await new DataValidateWorkflow(store, _context).RunAsync(reloaded, suggest: false, null, ct);

        Assert.Equal(project.Path, suggested.SuggestedInto);
        Assert.True(suggested.Result.Passed);
        Assert.Equal(suggested.Result.Results.Length, reloaded.Expectations.Length);
        Assert.NotEmpty(reloaded.Expectations);
        Assert.True(validated.Result.Passed, string.Join("; ", validated.Result.Results.Where(r => !r.Passed).Select(r => r.Message)));
        await Assert.ThrowsAsync<UserErrorException>(() => new DataValidateWorkflow(store, _context).RunAsync(reloaded, suggest: true, null, ct));
    }

    [Fact]
    public async Task Validate_SuggestWithAnEmptyValidationSection_IsAUserErrorAndLeavesTheFile()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await OpenStoreAsync(ct);
        var project = SmallProject("validation:\n  expectations: []\n");
        var before = File.ReadAllText(project.Path);

        await Assert.ThrowsAsync<UserErrorException>(() => new DataValidateWorkflow(store, _context).RunAsync(project, suggest: true, null, ct));

        Assert.Equal(before, File.ReadAllText(project.Path));
        ProjectFileLoader.Load(project.Path);
    }

    [Fact]
    public async Task Prepare_DemoWorld_VersionsWithLineageRecipeSplitAndDatasheet()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await OpenStoreAsync(ct);
        var project = await DemoProjectAsync(ct);

        var s = await new DataPrepareWorkflow(store, _context).RunAsync(project, null, ct);

        Assert.Equal(("credit", "credit-raw"), (s.PreparedVersion.Dataset, s.RawVersion.Dataset));
        Assert.Equal(s.RawVersion.Id, s.PreparedVersion.ParentId);
        Assert.Equal(s.Load.RowsRead, s.Load.RowsKept + s.Load.RowsRejected);
        Assert.Equal(s.Load.RowsKept, s.Preparation.RowsBefore);
        Assert.Equal(s.Preparation.RowsBefore, s.Preparation.RowsAfter + s.Preparation.RowsDropped);
        Assert.Equal(s.Preparation.RowsAfter, s.PreparedVersion.Rows);
        Assert.Equal(s.PreparedVersion.Rows, s.Split.Train.Length + s.Split.Validation.Length + s.Split.Test.Length);
        Assert.Equal(s.PreparedVersion.Rows, s.Split.Train.Concat(s.Split.Validation).Concat(s.Split.Test).Distinct().Count());
        Assert.NotNull(s.Preparation.Table.Find(PreparationRecipe.Renamed(project.Data.Target)));

        var raw = await ProjectData.LoadAsync(project, null, ct);
        var replayed = RecipeRunner.Apply(raw.Table, Recipe.FromJson(s.PreparedVersion.Recipe!), ct);
        Assert.Equal(s.PreparedVersion.Rows, replayed.Table.RowCount);
        Assert.Equal(s.PreparedVersion.Schema.Columns.Select(c => c.Name), replayed.Table.Schema.Columns.Select(c => c.Name));

        var stem = Path.Combine(s.DatasheetFolder, $"credit-v{s.PreparedVersion.Version}");
        Assert.Equal(Path.Combine(project.Folder, "datasheets"), s.DatasheetFolder);
        Assert.True(File.Exists(stem + ".md") && File.Exists(stem + ".html"), stem);
        var artifacts = (await store.Runs.ListArtifactsAsync(s.RunId, ct)).Select(a => a.Path).ToList();
        Assert.All(["data/prepared.parquet", "data/recipe.json", "data/split.json", "reports/datasheet.md", "reports/preparation.json"], a => Assert.Contains(a, artifacts));
    }

    [Fact]
    public async Task Prepare_UnitFixAndMapping_AreAppliedAndRecorded()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await OpenStoreAsync(ct);
        File.WriteAllText(_folder.File("rows.csv"), "id,income,housing,y\n" + string.Join("\n", Enumerable.Range(1, 40).Select(i =>
            $"{i},{(i == 7 ? 36000 : 2000 + i)},{(i % 3 == 0 ? "Owner" : i % 3 == 1 ? "owner" : "renter")},{i % 2}")) + "\n");
        var project = Project("name: fixes\ndata:\n  source: rows.csv\n  target: y\n  id: id\npreparation:\n  category_mappings:\n    housing: {Owner: owner}\n"
            + "  unit_fixes:\n    - {column: income, above: 20000, divide_by: 12}\n");

        var s = await new DataPrepareWorkflow(store, _context).RunAsync(project, null, ct);

        Assert.Contains(s.Preparation.Steps, step => step.Type == "fix_units" && step.CellsChanged == 1);
        Assert.Contains("fix_units", s.PreparedVersion.Recipe, StringComparison.Ordinal);
        var housing = s.Preparation.Table["housing"];
        Assert.DoesNotContain("Owner", Enumerable.Range(0, housing.Length).Select(housing.Format));
    }

    [Fact]
    public async Task Approve_AfterPrepare_ShrinksPendingRoles()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await OpenStoreAsync(ct);
        var project = SmallProject("datasheet:\n  approvers: [Sponsor, legal]\n");
        var prepared = await new DataPrepareWorkflow(store, _context).RunAsync(project, null, ct);
        var approve = new DataApproveWorkflow(store);

        var first = await approve.RunAsync(project, "SPONSOR", "Ann", "ok for scoring", null, ct);
        var second = await approve.RunAsync(project, "legal", "Bob", null, prepared.PreparedVersion.Id, ct);

        Assert.Equal(prepared.PreparedVersion.Id, first.Version.Id);
        Assert.Equal(["legal"], first.Pending);
        Assert.Empty(second.Pending);
        Assert.Equal(2, second.Approvals.Length);
        var sheet = File.ReadAllText(Path.Combine(second.DatasheetFolder, $"small-v{prepared.PreparedVersion.Version}.md"));
        Assert.Contains("Ann", sheet, StringComparison.Ordinal);
        Assert.Contains("Bob", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_UnknownRole_IsAUserErrorListingTheRoles()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await OpenStoreAsync(ct);
        var project = SmallProject();
        var prepared = await new DataPrepareWorkflow(store, _context).RunAsync(project, null, ct);

        var error = await Assert.ThrowsAsync<UserErrorException>(() => new DataApproveWorkflow(store).RunAsync(project, "janitor", "Ann", null, null, ct));

        Assert.Contains("'janitor'", error.Message, StringComparison.Ordinal);
        Assert.Contains("sponsor, legal, dpo", error.Fix, StringComparison.Ordinal);
        Assert.Empty(await store.Datasets.ListApprovalsAsync(prepared.PreparedVersion.Id, ct));
    }

    [Fact]
    public async Task Approve_RawVersionId_IsAUserErrorAndRecordsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await OpenStoreAsync(ct);
        var project = SmallProject();
        var prepared = await new DataPrepareWorkflow(store, _context).RunAsync(project, null, ct);

        var error = await Assert.ThrowsAsync<UserErrorException>(() =>
            new DataApproveWorkflow(store).RunAsync(project, "sponsor", "Ann", null, prepared.RawVersion.Id, ct));

        Assert.Contains("small-raw", error.Message, StringComparison.Ordinal);
        Assert.Empty(await store.Datasets.ListApprovalsAsync(prepared.RawVersion.Id, ct));
    }

    [Fact]
    public async Task Approve_BeforePrepare_IsAUserError()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await OpenStoreAsync(ct);

        var error = await Assert.ThrowsAsync<UserErrorException>(() => new DataApproveWorkflow(store).RunAsync(SmallProject(), "sponsor", "Ann", null, null, ct));

        Assert.Contains("carbet data prepare", error.Fix, StringComparison.Ordinal);
    }
}

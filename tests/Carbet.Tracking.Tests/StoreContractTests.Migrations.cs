using Carbet.Core;
using Carbet.Tracking.Runs;
using Carbet.Tracking.Storage;
using Carbet.Tuning.Storage;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Tests;

public abstract partial class StoreContractTests
{
    private const string FirstMigration = "Runs";
    private const string LastMigrationBeforeStudies = "DatasetApprovals";
    private const string LastMigrationBeforeHeartbeats = "Studies";
    private const string FutureMigration = "29991231000000_FromTheFuture";

    [Fact]
    public async Task OpenAsync_StoreOfOlderBuild_UpgradesAndKeepsRuns()
    {
        var options = await NewOptionsAsync();
        RunSnapshot run;
        await using (var older = await StoreFactory.OpenAsync(options, new StoreHooks { TargetMigration = FirstMigration }, Ct))
        {
            run = await older.Runs.StartAsync(new NewRun(UniqueName("exp"), "from-older-build"), Ct);
            await older.Runs.LogParamsAsync(run.Id, new Dictionary<string, string> { ["lr"] = "0.1" }, Ct);
            await older.Runs.LogMetricsAsync(run.Id, [Point("auc", 0.8, 1)], Ct);
            await older.Runs.LogArtifactAsync(run.Id, "model/model.zip", Bytes("model"), Ct);
            await using var db = ((EfStore)older).Engine.CreateContext();
            Assert.Single(await db.Database.GetAppliedMigrationsAsync(Ct));
        }

        await using var newer = await StoreFactory.OpenAsync(options, Ct);

        var read = await newer.Runs.GetAsync(run.Id, Ct);
        Assert.Equal(("from-older-build", "0.1", 0.8), (read?.Name, read?.Params["lr"], read?.LatestMetrics["auc"]));
        var version = await newer.Models.RegisterVersionAsync(NewVersion(UniqueName("credit"), run), Ct);
        await newer.Models.SetAliasAsync(version.Model, "champion", version.Version, "ana", Ct);
        Assert.Equal(1, (await newer.Models.ResolveAsync(version.Model, "champion", Ct))?.Version);
    }

    [Fact]
    public async Task OpenAsync_StoreBeforeStudies_UpgradesAndKeepsRunsAndTracksStudies()
    {
        var options = await NewOptionsAsync();
        RunSnapshot run;
        await using (var older = await StoreFactory.OpenAsync(options, new StoreHooks { TargetMigration = LastMigrationBeforeStudies }, Ct))
        {
            run = await older.Runs.StartAsync(new NewRun(UniqueName("exp"), "before-studies"), Ct);
            await using var db = ((EfStore)older).Engine.CreateContext();
            Assert.DoesNotContain(await db.Database.GetAppliedMigrationsAsync(Ct), m => m.EndsWith("_Studies", StringComparison.Ordinal));
        }

        await using var newer = await StoreFactory.OpenAsync(options, Ct);

        Assert.Equal("before-studies", (await newer.Runs.GetAsync(run.Id, Ct))?.Name);
        var study = await newer.Studies.OpenStudyAsync("upgraded", StudyDirection.Maximize, new Dictionary<string, string>(), Ct);
        var trial = await newer.Studies.StartTrialAsync(study.Id, null, "w1", Clock.GetUtcNow(), Ct);
        Assert.Equal(0, trial?.Number);
    }

    [Fact]
    public async Task OpenAsync_StoreBeforeHeartbeats_UpgradesAndFailsItsDeadTrialByStartTime()
    {
        var options = await NewOptionsAsync();
        var started = new DateTimeOffset(2026, 3, 1, 7, 0, 0, TimeSpan.Zero);
        StudyRecord study;
        TrialRecord dead;
        await using (var older = await StoreFactory.OpenAsync(options, new StoreHooks { TargetMigration = LastMigrationBeforeHeartbeats }, Ct))
        {
            study = await older.Studies.OpenStudyAsync("before-heartbeats", StudyDirection.Maximize, new Dictionary<string, string>(), Ct);
            dead = (await older.Studies.StartTrialAsync(study.Id, null, "old-worker", started, Ct))!;
        }

        await using var newer = await StoreFactory.OpenAsync(options, Ct);

        var failed = Assert.Single(await newer.Studies.FailStaleTrialsAsync(study.Id, started.AddMinutes(1), started.AddMinutes(2), Ct));
        Assert.Equal((dead.Id, TrialState.Failed), (failed.Id, failed.State));
        Assert.Contains("Worker 'old-worker' sent no heartbeat since the trial started (at 2026-03-01 07:00:00Z)", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_StoreOfNewerBuild_ThrowsAndWritesNothing()
    {
        var options = await NewOptionsAsync();
        await using var older = await StoreFactory.OpenAsync(options, new StoreHooks { TargetMigration = FirstMigration }, Ct);
        await using (var db = ((EfStore)older).Engine.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('{FutureMigration}', '99.0.0')", Ct);
        }

        var error = await Assert.ThrowsAsync<UserErrorException>(() => StoreFactory.OpenAsync(options, Ct));

        Assert.Contains("newer version of Carbet", error.Message, StringComparison.Ordinal);
        Assert.Contains(FutureMigration, error.Message, StringComparison.Ordinal);
        Assert.Contains(older.Description, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Upgrade carbet", error.Fix, StringComparison.Ordinal);
        await using var check = ((EfStore)older).Engine.CreateContext();
        var applied = (await check.Database.GetAppliedMigrationsAsync(Ct)).ToList();
        Assert.Equal(2, applied.Count);   // the pending RegistryAndDatasets migration was not applied
        Assert.Contains(FutureMigration, applied);
    }

    [Fact]
    public async Task OpenAsync_ConcurrentOpenersOfNewStore_AllSucceed()
    {
        var options = await NewOptionsAsync();

        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => StoreFactory.OpenAsync(options, Ct), Ct)));

        foreach (var store in stores)
        {
            await store.Runs.StartAsync(new NewRun("shared", "run"), Ct);
            await store.DisposeAsync();
        }
        await using var reopened = await StoreFactory.OpenAsync(options, Ct);
        Assert.Equal(4, (await reopened.Runs.SearchAsync(new RunQuery { Experiment = "shared" }, Ct)).Total);
    }

    [Fact]
    public void Description_OpenStore_NamesItWithoutPassword()
    {
        Assert.False(string.IsNullOrWhiteSpace(Store.Description));
        Assert.DoesNotContain("password", Store.Description, StringComparison.OrdinalIgnoreCase);
    }
}

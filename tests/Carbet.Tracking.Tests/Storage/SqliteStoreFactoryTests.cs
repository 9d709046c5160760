using System.Security.Cryptography;

using Carbet.Core;
using Carbet.Testing;
using Carbet.Tracking.Runs;

using Microsoft.Data.Sqlite;

namespace Carbet.Tracking.Tests.Storage;

/// <summary>What only a file store has: its default place, WAL mode, and files that are not Carbet stores.</summary>
public sealed class SqliteStoreFactoryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    private StoreOptions At(string? connectionString) => new() { ConnectionString = connectionString, WorkingDirectory = _folder.Path };

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public async Task OpenAsync_NoConnectionString_CreatesDotCarbetWithWalStore()
    {
        await using (var store = await StoreFactory.OpenAsync(At(null), Ct))
        {
            var run = await store.Runs.StartAsync(new NewRun("exp", "run"), Ct);
            await store.Runs.LogArtifactAsync(run.Id, "a.txt", new MemoryStream([1, 2, 3]), Ct);
            Assert.Equal(_folder.File(".carbet/carbet.db"), store.Description);
            Assert.Equal(_folder.File(".carbet/artifacts"), store.Artifacts.Root);
        }

        await using var connection = new SqliteConnection($"Data Source={_folder.File(".carbet/carbet.db")};Pooling=false");
        await connection.OpenAsync(Ct);
        await using var command = new SqliteCommand("PRAGMA journal_mode", connection);
        Assert.Equal("wal", await command.ExecuteScalarAsync(Ct));
        Assert.Single(Directory.GetFiles(_folder.File(".carbet/artifacts/sha256"), "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("notes.txt", "just some notes, not a database\n")]
    [InlineData("store.db", "SQLite format 3\0 but then garbage follows instead of pages ...")]
    public async Task OpenAsync_FileThatIsNotSqlite_ThrowsAndLeavesItUntouched(string name, string content)
    {
        var path = _folder.File(name);
        await File.WriteAllTextAsync(path, content, Ct);
        var before = Hash(path);

        var error = await Assert.ThrowsAsync<UserErrorException>(() => StoreFactory.OpenAsync(At(path), Ct));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("--store", error.Fix, StringComparison.Ordinal);
        Assert.Equal(before, Hash(path));
        Assert.Equal([path], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task OpenAsync_SqliteDatabaseOfSomethingElse_ThrowsAndLeavesItUntouched()
    {
        var path = _folder.File("crm.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            await connection.OpenAsync(Ct);
            await using var command = new SqliteCommand("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)", connection);
            await command.ExecuteNonQueryAsync(Ct);
        }
        var before = Hash(path);

        var error = await Assert.ThrowsAsync<UserErrorException>(() => StoreFactory.OpenAsync(At(path), Ct));

        Assert.Contains("not a Carbet store", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Hash(path));
        Assert.Equal([path], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task OpenAsync_StoreOfNewerBuild_LeavesFileBytesUnchanged()
    {
        var path = _folder.File("store.db");
        await using (var store = await StoreFactory.OpenAsync(At(path), Ct))
        {
            await store.Runs.StartAsync(new NewRun("exp", "run"), Ct);
        }
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            await connection.OpenAsync(Ct);
            await using var command = new SqliteCommand(
                "INSERT INTO \"__EFMigrationsHistory\" VALUES ('29991231000000_FromTheFuture', '99.0.0')", connection);
            await command.ExecuteNonQueryAsync(Ct);
        }
        var before = Hash(path);

        var error = await Assert.ThrowsAsync<UserErrorException>(() => StoreFactory.OpenAsync(At(path), Ct));

        Assert.Equal($"The store at {path} was created by a newer version of Carbet (migration 29991231000000_FromTheFuture).", error.Message);
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public async Task OpenAsync_PathIsAFolder_ThrowsUserError()
    {
        var error = await Assert.ThrowsAsync<UserErrorException>(() => StoreFactory.OpenAsync(At(_folder.Path), Ct));

        Assert.Contains(_folder.Path, error.Message, StringComparison.Ordinal);
    }
}

using Carbet.Core;
using Carbet.Testing;

using Npgsql;

namespace Carbet.Tracking.Tests.Storage;

/// <summary>What only a server store has: logins, unreachable hosts and URIs; errors never show the password.</summary>
public sealed class PostgresStoreFactoryTests(PostgresServer pg) : IClassFixture<PostgresServer>, IDisposable
{
    private const string Secret = "Wr0ng-S3cret-Pa55";
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    private StoreOptions At(string connectionString) => new() { ConnectionString = connectionString, WorkingDirectory = _folder.Path };

    [Fact]
    public async Task OpenAsync_WrongPassword_ThrowsNamingServerButNotPassword()
    {
        var settings = new NpgsqlConnectionStringBuilder(await pg.CreateDatabaseAsync()) { Password = Secret };

        var error = await Assert.ThrowsAsync<UserErrorException>(() => StoreFactory.OpenAsync(At(settings.ConnectionString), Ct));

        Assert.Contains($"{settings.Host}:{settings.Port}/{settings.Database} as {settings.Username}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message + error.Fix, StringComparison.Ordinal);
        Assert.Contains("password", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_NothingListensOnPort_ThrowsNamingServerButNotPassword()
    {
        var settings = new NpgsqlConnectionStringBuilder(await pg.CreateDatabaseAsync()) { Port = 1, Password = Secret, Timeout = 3 };

        var error = await Assert.ThrowsAsync<UserErrorException>(() => StoreFactory.OpenAsync(At(settings.ConnectionString), Ct));

        Assert.Contains($"{settings.Host}:1/{settings.Database} as {settings.Username}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message + error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_DatabaseOfSomethingElse_ThrowsAndLeavesItUntouched()
    {
        var connectionString = await pg.CreateDatabaseAsync();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(Ct);
            await using var command = new NpgsqlCommand("CREATE TABLE customers (id int PRIMARY KEY)", connection);
            await command.ExecuteNonQueryAsync(Ct);
        }

        var error = await Assert.ThrowsAsync<UserErrorException>(() => StoreFactory.OpenAsync(At(connectionString), Ct));

        Assert.Contains("not a Carbet store", error.Message, StringComparison.Ordinal);
        await using var check = new NpgsqlConnection(connectionString);
        await check.OpenAsync(Ct);
        await using var tables = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", check);
        Assert.Equal(1L, await tables.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task OpenAsync_DatabaseMissing_CreatesIt()
    {
        var connectionString = await pg.CreateDatabaseAsync();
        await using (var admin = new NpgsqlConnection(pg.AdminConnectionString))
        {
            await admin.OpenAsync(Ct);
            await using var drop = new NpgsqlCommand($"DROP DATABASE {new NpgsqlConnectionStringBuilder(connectionString).Database}", admin);
            await drop.ExecuteNonQueryAsync(Ct);
        }

        await using var store = await StoreFactory.OpenAsync(At(connectionString), Ct);

        Assert.NotNull(await store.Runs.GetOrCreateExperimentAsync("exp", Ct));
    }

    [Fact]
    public async Task OpenAsync_UriForm_OpensAndDescribesWithoutPassword()
    {
        var settings = new NpgsqlConnectionStringBuilder(await pg.CreateDatabaseAsync());
        var uri = $"postgres://{Uri.EscapeDataString(settings.Username!)}:{Uri.EscapeDataString(settings.Password!)}@{settings.Host}:{settings.Port}/{settings.Database}";

        await using var store = await StoreFactory.OpenAsync(At(uri), Ct);

        Assert.Equal($"{settings.Host}:{settings.Port}/{settings.Database} as {settings.Username}", store.Description);
        Assert.NotNull(await store.Runs.GetOrCreateExperimentAsync("exp", Ct));
    }
}

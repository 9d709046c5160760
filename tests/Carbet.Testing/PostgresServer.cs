using Npgsql;

namespace Carbet.Testing;

/// <summary>A real PostgreSQL server on loopback, as started by .ci/run; each test gets a database of its own.</summary>
/// <remarks>The server is read from <c>CARBET_TEST_POSTGRES</c>, else the address .ci/run sets up
/// (user carbet with CREATEDB). When it cannot be reached, tests skip locally and fail in CI.</remarks>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string Variable = "CARBET_TEST_POSTGRES";
    private const string DefaultAddress = "Host=127.0.0.1;Port=5432;Username=carbet;Password=carbet;Database=carbet;Timeout=5";
    private readonly List<string> _databases = [];
    private readonly Lazy<Task<string?>> _reachable;

    public PostgresServer() => _reachable = new(ProbeAsync);

    public string AdminConnectionString { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : DefaultAddress;

    /// <summary>Creates an empty database and returns its connection string; skips or fails when the server is absent.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        if (await _reachable.Value is { } problem)
            Services.Missing($"PostgreSQL is not reachable at {Describe(AdminConnectionString)} ({problem}).");
        var name = "carbet_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        lock (_databases)
            _databases.Add(name);
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops the test databases; a database that cannot be dropped is reported, never a test failure.</summary>
    public async ValueTask DisposeAsync()
    {
        if (await _reachable.Value is not null)
            return;
        NpgsqlConnection.ClearAllPools();
        foreach (var name in _databases)
            await DropAsync(name);
    }

    private async Task DropAsync(string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync();
                // each drop waits for a checkpoint, which takes longer than the default 30 s on a busy disk
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection) { CommandTimeout = 300 };
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                if (attempt == 5)
                {
                    await Console.Error.WriteLineAsync($"warning: test database {name} was left on the server: {e.Message}");
                    return;
                }
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }

    private static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port} as {builder.Username}";
    }

    private async Task<string?> ProbeAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(AdminConnectionString);
            await connection.OpenAsync();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return e.Message;
        }
    }
}

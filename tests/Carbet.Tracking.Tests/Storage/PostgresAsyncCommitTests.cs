using Carbet.Testing;
using Carbet.Tracking.Storage;

using Npgsql;

namespace Carbet.Tracking.Tests.Storage;

/// <summary>The asynchronous commit of parameters and reports covers the command it prefixes and nothing after it.</summary>
public sealed class PostgresAsyncCommitTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AsyncCommit_OutsideTransaction_LastsForItsCommandOnly()
    {
        await using var connection = new NpgsqlConnection(await pg.CreateDatabaseAsync());
        await connection.OpenAsync(Ct);

        await using (var command = new NpgsqlCommand(PostgresStoreEngine.AsyncCommitSql + "SHOW synchronous_commit", connection))
        await using (var reader = await command.ExecuteReaderAsync(Ct))
        {
            await reader.NextResultAsync(Ct);
            await reader.ReadAsync(Ct);
            Assert.Equal("off", reader.GetString(0));
        }

        Assert.Equal("on", await ScalarAsync(connection, "SHOW synchronous_commit"));
    }

    [Fact]
    public async Task AsyncCommit_BeforeWrite_CountsOnlyTheWrittenRows()
    {
        await using var connection = new NpgsqlConnection(await pg.CreateDatabaseAsync());
        await connection.OpenAsync(Ct);
        await ScalarAsync(connection, "CREATE TABLE t (x int)");

        await using var none = new NpgsqlCommand(PostgresStoreEngine.AsyncCommitSql + "INSERT INTO t SELECT 1 WHERE false", connection);
        await using var two = new NpgsqlCommand(PostgresStoreEngine.AsyncCommitSql + "INSERT INTO t VALUES (1), (2)", connection);

        Assert.Equal(0, await none.ExecuteNonQueryAsync(Ct));
        Assert.Equal(2, await two.ExecuteNonQueryAsync(Ct));
        Assert.Equal(2L, await ScalarAsync(connection, "SELECT count(*) FROM t"));
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(Ct);
    }
}

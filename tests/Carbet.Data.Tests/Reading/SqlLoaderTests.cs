using Carbet.Core;
using Carbet.Data.Reading;
using Carbet.Data.Tables;
using Carbet.Testing;

using Microsoft.Data.Sqlite;

using Npgsql;

namespace Carbet.Data.Tests.Reading;

public sealed class SqlLoaderTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string Create = "CREATE TABLE loans (id INTEGER, amount REAL, region TEXT, opened TEXT, flag BOOLEAN)";
    private const string Insert = "INSERT INTO loans VALUES (1, 1000.5, 'north', '2024-01-02', TRUE), (2, NULL, 'south', '2024-02-03', FALSE), (3, 250, NULL, '2024-03-04', TRUE)";

    [Fact]
    public async Task LoadAsync_SqliteFile_ReadsRowsAndKinds()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var path = folder.File("loans.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = $"{Create}; {Insert};";
            await command.ExecuteNonQueryAsync(ct);
        }
        var loaded = await TableLoader.LoadAsync(new SqlSource(path, "SELECT * FROM loans ORDER BY id"), new LoadOptions(), null, ct);
        AssertLoans(loaded);
        Assert.Equal("sqlite", loaded.Report.Format);
    }

    [Fact]
    public async Task LoadAsync_Postgres_ReadsRowsAndKindsWithoutShowingPassword()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await pg.CreateDatabaseAsync();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand($"{Create}; {Insert};", connection);
            await command.ExecuteNonQueryAsync(ct);
        }
        var source = new SqlSource(connectionString, "SELECT * FROM loans ORDER BY id");
        var loaded = await TableLoader.LoadAsync(source, new LoadOptions(), null, ct);
        AssertLoans(loaded);
        Assert.Equal("postgresql", loaded.Report.Format);
        var password = new NpgsqlConnectionStringBuilder(connectionString).Password!;
        Assert.DoesNotContain("Password", source.Describe(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(":" + password + "@", source.Describe(), StringComparison.Ordinal);
        var bad = await Assert.ThrowsAsync<UserErrorException>(() =>
            TableLoader.LoadAsync(source with { Query = "SELECT * FROM nowhere" }, new LoadOptions(), null, ct));
        Assert.DoesNotContain("Password=" + password, bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_MissingSqliteFile_ThrowsUserError()
    {
        using var folder = new TempFolder();
        var source = new SqlSource(folder.File("none.db"), "SELECT 1");
        await Assert.ThrowsAsync<UserErrorException>(() => TableLoader.LoadAsync(source, new LoadOptions(), null, TestContext.Current.CancellationToken));
        Assert.False(File.Exists(folder.File("none.db")));
    }

    [Fact]
    public void Describe_PostgresUri_HidesPassword()
    {
        var source = new SqlSource("postgres://ana:s3cret@db.example:5433/credit", "SELECT 1");
        Assert.Equal("postgresql://ana@db.example:5433/credit (SELECT 1)", source.Describe());
    }

    private static void AssertLoans(LoadedTable loaded)
    {
        var table = loaded.Table;
        Assert.Equal(3, table.RowCount);
        Assert.Equal(ColumnKind.Integer, table["id"].Kind);
        Assert.Equal(ColumnKind.Number, table["amount"].Kind);
        Assert.True(table["amount"].IsMissing(1));
        Assert.Equal(250, ((NumericColumn)table["amount"])[2]);
        Assert.Equal("north", table["region"].Format(0));
        Assert.True(table["region"].IsMissing(2));
        Assert.Equal(ColumnKind.DateTime, table["opened"].Kind);
        Assert.Equal(1, ((NumericColumn)table["flag"])[0]);
    }
}

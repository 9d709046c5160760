using Carbet.Core;
using Carbet.Tracking.Storage;

namespace Carbet.Tracking.Tests.Storage;

public sealed class StoreLocationTests
{
    private static readonly string WorkingDirectory = Path.Combine(Path.GetTempPath(), "carbet-location");

    private static StoreLocation Parse(string? connectionString) =>
        StoreLocation.Parse(new StoreOptions { ConnectionString = connectionString, WorkingDirectory = WorkingDirectory });

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Parse_NoConnectionString_IsDefaultSqliteFile(string? connectionString)
    {
        var sqlite = Assert.IsType<StoreLocation.Sqlite>(Parse(connectionString));

        Assert.Equal(Path.Combine(WorkingDirectory, ".carbet", "carbet.db"), sqlite.Path);
    }

    [Theory]
    [InlineData("runs.db", "runs.db")]
    [InlineData("data/store", "data/store")]
    [InlineData("Data Source=team.db;Cache=Shared", "team.db")]
    [InlineData("Filename=other.db", "other.db")]
    public void Parse_PathOrSqliteString_IsSqliteRelativeToWorkingDirectory(string connectionString, string relative)
    {
        var sqlite = Assert.IsType<StoreLocation.Sqlite>(Parse(connectionString));

        Assert.Equal(Path.GetFullPath(Path.Combine(WorkingDirectory, relative)), sqlite.Path);
    }

    [Theory]
    [InlineData("Host=db.example.org;Database=carbet;Username=ana;Password=s3cret")]
    [InlineData("Server=db.example.org;Database=carbet;Username=ana;Password=s3cret")]
    [InlineData("postgres://ana:s3cret@db.example.org/carbet")]
    [InlineData("postgresql://ana:s3cret@db.example.org:5432/carbet?sslmode=prefer")]
    public void Parse_PostgresStringOrUri_IsPostgres(string connectionString)
    {
        var postgres = Assert.IsType<StoreLocation.Postgres>(Parse(connectionString));

        Assert.Equal(("db.example.org", 5432, "carbet", "ana", "s3cret"),
            (postgres.Settings.Host, postgres.Settings.Port, postgres.Settings.Database, postgres.Settings.Username, postgres.Settings.Password));
        Assert.Equal("db.example.org:5432/carbet as ana", PostgresStoreEngine.Describe(postgres.Settings));
    }

    [Theory]
    [InlineData("Colour=blue;Size=3")]
    [InlineData("Host=db.example.org;Password=s3cret;Bogus=1")]
    [InlineData("Data Source=:memory:")]
    [InlineData("postgres://ana:s3cret@db.example.org/carbet?nonsense=1")]
    public void Parse_UnusableConnectionString_ThrowsUserErrorWithoutPassword(string connectionString)
    {
        var error = Assert.Throws<UserErrorException>(() => Parse(connectionString));

        Assert.DoesNotContain("s3cret", error.Message + error.Fix, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
    }
}

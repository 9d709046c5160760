using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Storage;

/// <summary>The store on SQLite; its migrations live in <c>Migrations/Sqlite</c>.</summary>
internal sealed class SqliteStoreDbContext(DbContextOptions<SqliteStoreDbContext> options) : StoreDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcMicrosecondsConverter>();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Carbet.Tracking.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context; it never connects.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteStoreDbContext>
{
    public SqliteStoreDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteStoreDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context; it never connects.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresStoreDbContext>
{
    public PostgresStoreDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresStoreDbContext>().UseNpgsql("Host=localhost;Database=carbet_design").Options);
}

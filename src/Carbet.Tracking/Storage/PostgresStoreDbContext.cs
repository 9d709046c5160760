using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Storage;

/// <summary>The store on PostgreSQL; its migrations live in <c>Migrations/Postgres</c>.</summary>
internal sealed class PostgresStoreDbContext(DbContextOptions<PostgresStoreDbContext> options) : StoreDbContext(options);

using Carbet.Testing;

namespace Carbet.Tracking.Tests;

/// <summary>The contract on PostgreSQL, in a new database per test.</summary>
public sealed class PostgresStoreTests(PostgresServer pg) : StoreContractTests, IClassFixture<PostgresServer>
{
    protected override Task<string> CreateEmptyDatabaseAsync() => pg.CreateDatabaseAsync();
}

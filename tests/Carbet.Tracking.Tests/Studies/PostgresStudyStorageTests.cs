using Carbet.Testing;

namespace Carbet.Tracking.Tests.Studies;

/// <summary>The study storage contract on PostgreSQL, in a new database per test.</summary>
public sealed class PostgresStudyStorageTests(PostgresServer pg) : StoreStudyStorageTests, IClassFixture<PostgresServer>
{
    protected override Task<string> CreateEmptyStorageAsync() => pg.CreateDatabaseAsync();
}

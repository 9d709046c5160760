namespace Carbet.Tracking.Tests;

/// <summary>The contract on SQLite, in a new file per test.</summary>
public sealed class SqliteStoreTests : StoreContractTests
{
    protected override Task<string> CreateEmptyDatabaseAsync() =>
        Task.FromResult(Path.Combine(Folder, $"store-{Guid.NewGuid():N}.db"));
}

namespace Carbet.Tracking.Tests.Studies;

/// <summary>The study storage contract on SQLite, in a new file per test.</summary>
public sealed class SqliteStudyStorageTests : StoreStudyStorageTests
{
    protected override Task<string> CreateEmptyStorageAsync() => Task.FromResult(Path.Combine(Folder.Path, "store.db"));
}

using Carbet.Testing;
using Carbet.Testing.Tuning;
using Carbet.Tuning.Storage;

namespace Carbet.Tracking.Tests.Studies;

/// <summary>The study storage contract on the store: every handle is a store opened on its own, as a worker
/// process would open it.</summary>
public abstract class StoreStudyStorageTests : StudyStorageContract
{
    private readonly List<IStore> _stores = [];

    protected TempFolder Folder { get; } = new();

    protected override async Task<IStudyStorage> OpenAsync(string location)
    {
        var store = await StoreFactory.OpenAsync(new StoreOptions { ConnectionString = location, WorkingDirectory = Folder.Path }, Ct);
        lock (_stores)
            _stores.Add(store);
        return store.Studies;
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
            await store.DisposeAsync();
        Folder.Dispose();
        await base.DisposeAsync();
    }
}

using System.Collections.Concurrent;

using Carbet.Testing.Tuning;
using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Tests.Storage;

/// <summary>The study storage contract in memory: every handle on a location is the same storage, as the threads of one process share it.</summary>
public sealed class InMemoryStudyStorageContractTests : StudyStorageContract
{
    private readonly ConcurrentDictionary<string, InMemoryStudyStorage> _storages = new(StringComparer.Ordinal);

    protected override Task<string> CreateEmptyStorageAsync() => Task.FromResult(Guid.NewGuid().ToString("N"));

    protected override Task<IStudyStorage> OpenAsync(string location) =>
        Task.FromResult<IStudyStorage>(_storages.GetOrAdd(location, _ => new InMemoryStudyStorage()));
}

using System.Collections.Immutable;
using System.Text;

using Carbet.Core;
using Carbet.Testing;
using Carbet.Tracking.Registry;
using Carbet.Tracking.Runs;

using Microsoft.Extensions.Time.Testing;

namespace Carbet.Tracking.Tests;

/// <summary>The store's contract, run unchanged on every engine: each test gets a new, empty store.</summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private IStore? _store;

    /// <summary>A connection string (or path) of a new, empty database; a new one on every call.</summary>
    protected abstract Task<string> CreateEmptyDatabaseAsync();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static TableSchema Signature { get; } = new([new ColumnSchema("income", ColumnKind.Number), new ColumnSchema("age", ColumnKind.Integer, Nullable: false)]);

    /// <summary>A clock that moves 1 ms each time it is read, so start times are distinct and ordered.</summary>
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    protected StoreOptions Options { get; private set; } = null!;

    protected IStore Store => _store!;

    protected string Folder => _folder.Path;

    public async ValueTask InitializeAsync()
    {
        Options = await NewOptionsAsync();
        _store = await StoreFactory.OpenAsync(Options, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
            await _store.DisposeAsync();
        _folder.Dispose();
    }

    protected async Task<StoreOptions> NewOptionsAsync() => new()
    {
        ConnectionString = await CreateEmptyDatabaseAsync(),
        WorkingDirectory = _folder.Path,
        Time = Clock,
    };

    protected static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    protected Task<RunSnapshot> StartRunAsync(string experiment, string name = "run") =>
        Store.Runs.StartAsync(new NewRun(experiment, name), Ct);

    protected async Task<RunSnapshot> StartRunWithModelAsync(string path = "model/model.zip", string content = "model bytes")
    {
        var run = await StartRunAsync(UniqueName("exp"));
        await Store.Runs.LogArtifactAsync(run.Id, path, Bytes(content), Ct);
        return run;
    }

    protected static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    protected static MetricPoint Point(string key, double value, long step, int second = 0) =>
        new(key, value, step, new DateTimeOffset(2026, 3, 1, 9, 0, second, TimeSpan.Zero));

    protected static NewModelVersion NewVersion(string model, RunSnapshot run, string path = "model/model.zip") =>
        new(model, run.Id, path, Signature) { Metrics = ImmutableSortedDictionary<string, double>.Empty.Add("auc", 0.81) };
}

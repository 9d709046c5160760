using System.Collections.Concurrent;
using System.Collections.Immutable;

using Carbet.Tracking;

namespace Carbet.Serving.Hosting;

/// <summary>Serves one registered model: loads the version an alias points at (or a fixed version), polls the registry,
/// and swaps atomically when an alias moves.</summary>
/// <remarks>The aliases in service are one immutable map behind a volatile field, replaced whole on a swap: a request
/// reads it once and keeps the <see cref="LoadedModel"/> it found until it ends, so it never mixes versions. Versions a
/// request names by number are loaded on first use and kept. Safe for concurrent use.</remarks>
public sealed partial class ModelHost : IAsyncDisposable
{
    private readonly IStore _store;
    private readonly TimeProvider _time;
    private readonly Action<HostEvent>? _log;
    private readonly ConcurrentDictionary<int, Lazy<Task<LoadedModel>>> _loads = new();
    private readonly ConcurrentDictionary<int, byte> _pinned = new();
    private readonly Lock _swap = new();
    private readonly CancellationTokenSource _stop = new();
    private volatile ImmutableDictionary<string, LoadedModel> _aliases = ImmutableDictionary.Create<string, LoadedModel>(StringComparer.Ordinal);
    private Task? _polling;
    private int _disposed;

    /// <summary>Creates a host; nothing is loaded until <see cref="StartAsync"/>.</summary>
    /// <param name="log">Receives loads, swaps and polling failures.</param>
    public ModelHost(IStore store, ModelHostOptions options, TimeProvider time, Action<HostEvent>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.PollInterval, TimeSpan.Zero);
        (_store, Options, _time, _log) = (store, options, time, log);
        if (options.Version is { } version)
            _pinned[version] = 0;
    }

    /// <summary>What the host serves and how.</summary>
    public ModelHostOptions Options { get; }

    /// <summary>The store the host reads.</summary>
    public IStore Store => _store;

    /// <summary>The clock prediction ids are ordered by.</summary>
    public TimeProvider Time => _time;

    /// <summary>The version served when a request names none, or null when it is not loaded (the alias points nowhere yet).</summary>
    public LoadedModel? Default => Options.Version is { } version
        ? _loads.TryGetValue(version, out var load) && load.Value.IsCompletedSuccessfully ? load.Value.Result : null
        : _aliases.GetValueOrDefault(Options.Alias);

    /// <summary>The aliases in service and the version each points at; a snapshot, replaced whole on a swap.</summary>
    public IReadOnlyDictionary<string, LoadedModel> Aliases => _aliases;

    /// <summary>When the registry last answered a poll.</summary>
    public DateTimeOffset? LastPoll { get; private set; }

    /// <summary>Loads the default version, when it exists, and starts polling the registry.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        await RefreshAsync(ct);
        if (Options.Version is { } version)
            await ResolveAsync(null, version, ct);
        _polling = PollAsync(_stop.Token);
    }

    /// <summary>The loaded version a request is served by: <paramref name="version"/> when given, else <paramref name="alias"/>,
    /// else the default; null when the model has no such version or alias.</summary>
    public async Task<LoadedModel?> ResolveAsync(string? alias, int? version, CancellationToken ct)
    {
        if (version is null && alias is null)
        {
            if (Options.Version is null)
                alias = Options.Alias;
            else
                version = Options.Version;
        }
        if (version is { } number)
        {
            if (_loads.TryGetValue(number, out var cached) && cached.Value.IsCompletedSuccessfully)
                return cached.Value.Result;
            if (await _store.Models.GetVersionAsync(Options.Model, number, ct) is not { } snapshot)
                return null;
            _pinned[number] = 0;
            return await LoadAsync(snapshot, ct);
        }
        if (_aliases.TryGetValue(alias!, out var loaded))
            return loaded;
        if (await _store.Models.ResolveAsync(Options.Model, alias!, ct) is not { } resolved)
            return null;
        var model = await LoadAsync(resolved, ct);
        lock (_swap)
        {
            // a poll may have moved the alias meanwhile; what it installed is newer
            if (!_aliases.TryGetValue(alias!, out var current))
                _aliases = _aliases.SetItem(alias!, current = model);
            return current;
        }
    }

    /// <summary>Asks the registry where each alias in service points, and swaps those that moved.</summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        var names = _aliases.Keys.Append(Options.Alias).Distinct(StringComparer.Ordinal).ToList();
        if (Options.Version is not null)
            names.Remove(Options.Alias);
        foreach (var alias in names)
        {
            var resolved = await _store.Models.ResolveAsync(Options.Model, alias, ct);
            var current = _aliases.GetValueOrDefault(alias);
            if (resolved?.Version == current?.Version.Version)
                continue;
            var next = resolved is null ? null : await LoadAsync(resolved, ct);
            lock (_swap)
                _aliases = next is null ? _aliases.Remove(alias) : _aliases.SetItem(alias, next);
            var kind = next is null ? "removed" : current is null ? "loaded" : "swapped";
            var message = $"{Options.Model} {alias}: {Describe(current)} -> {Describe(next)}";
            _log?.Invoke(new HostEvent(kind, message) { Alias = alias, Version = next?.Version.Version });
        }
        LastPoll = _time.GetUtcNow();
        Evict();
    }

    /// <summary>Stops polling; a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        await _stop.CancelAsync();
        if (_polling is not null)
            await _polling;
        _stop.Dispose();
    }

    private Task<LoadedModel> LoadAsync(Tracking.Registry.ModelVersionSnapshot snapshot, CancellationToken ct)
    {
        var load = _loads.GetOrAdd(snapshot.Version, _ => new Lazy<Task<LoadedModel>>(() => ModelLoader.LoadAsync(_store, snapshot, Options, CancellationToken.None)));
        var task = load.Value;
        if (task.IsFaulted)
            _loads.TryRemove(new KeyValuePair<int, Lazy<Task<LoadedModel>>>(snapshot.Version, load));
        return task.WaitAsync(ct);
    }

    // versions neither an alias nor a request by number uses are dropped; requests still holding one finish with it
    private void Evict()
    {
        var used = _aliases.Values.Select(m => m.Version.Version).Concat(_pinned.Keys).ToHashSet();
        foreach (var version in _loads.Keys.Where(v => !used.Contains(v)))
            _loads.TryRemove(version, out _);
    }

    private static string Describe(LoadedModel? model) => model is null ? "(none)" : $"v{model.Version.Version}";
}

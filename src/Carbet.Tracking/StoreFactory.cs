using Carbet.Tracking.Artifacts;
using Carbet.Tracking.Storage;

namespace Carbet.Tracking;

/// <summary>Opens the store an options record points at, creating or upgrading its schema.</summary>
public static class StoreFactory
{
    /// <summary>Opens (and migrates) the store; a bad location is a <see cref="Core.UserErrorException"/>.</summary>
    /// <remarks>No connection string is the SQLite file <c>.carbet/carbet.db</c> under
    /// <see cref="StoreOptions.WorkingDirectory"/>; <c>Host=...</c>, <c>Server=...</c> and <c>postgres://</c>
    /// URIs are PostgreSQL; <c>Data Source=...</c> or any other text is a SQLite path. A store written by a
    /// newer Carbet, or a database that is not a Carbet store, is refused without writing to it.</remarks>
    public static Task<IStore> OpenAsync(StoreOptions options, CancellationToken ct) =>
        OpenAsync(options, StoreHooks.None, ct);

    internal static async Task<IStore> OpenAsync(StoreOptions options, StoreHooks hooks, CancellationToken ct)
    {
        var location = StoreLocation.Parse(options);
        StoreEngine engine = location switch
        {
            StoreLocation.Sqlite sqlite => await SqliteStoreEngine.OpenAsync(sqlite.Path, sqlite.Settings, hooks, ct),
            StoreLocation.Postgres postgres => await PostgresStoreEngine.OpenAsync(postgres.Settings, hooks, ct),
            _ => throw new InvalidOperationException($"Unknown store location {location}."),
        };
        var artifactRoot = options.ArtifactRoot
            ?? Path.Combine(options.WorkingDirectory, StoreLocation.DefaultFolder, StoreLocation.DefaultArtifacts);
        return new EfStore(engine, new LocalArtifactStore(Path.GetFullPath(artifactRoot)), options.Time);
    }
}

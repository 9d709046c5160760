namespace Carbet.Tracking;

/// <summary>Where a store lives and how it keeps time.</summary>
public sealed record StoreOptions
{
    /// <summary>The environment variable read when no connection string is given.</summary>
    public const string EnvironmentVariable = "CARBET_STORE";

    /// <value>A PostgreSQL connection string (<c>Host=...;Database=...</c>), a SQLite one
    /// (<c>Data Source=file.db</c>) or a path to a <c>.db</c> file. The default, null, is
    /// <c>.carbet/carbet.db</c> under <see cref="WorkingDirectory"/>.</value>
    public string? ConnectionString { get; init; }

    /// <value>The folder that holds <c>.carbet/</c>. The default is the current directory.</value>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <value>The artifact folder. The default, null, is <c>.carbet/artifacts</c> under <see cref="WorkingDirectory"/>.</value>
    public string? ArtifactRoot { get; init; }

    /// <value>The clock stamped on every record. The default is the system clock.</value>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}

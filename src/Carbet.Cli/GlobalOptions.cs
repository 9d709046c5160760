using System.CommandLine;

using Carbet.Tracking;

namespace Carbet.Cli;

/// <summary>The options every command accepts.</summary>
internal static class GlobalOptions
{
    public static Option<string?> Store { get; } = new("--store")
    {
        Description = $"The store: a PostgreSQL connection string (Host=...;Database=...;Username=...;Password=...) or a SQLite file. Default: ${StoreOptions.EnvironmentVariable}, else .carbet/carbet.db in the current folder.",
        Recursive = true,
    };

    public static Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Show the stack trace of errors.",
        Recursive = true,
    };

    public static StoreOptions StoreOptionsFrom(ParseResult parse) => new()
    {
        ConnectionString = parse.GetValue(Store) ?? Environment.GetEnvironmentVariable(StoreOptions.EnvironmentVariable),
        WorkingDirectory = Directory.GetCurrentDirectory(),
    };
}

namespace Carbet.Architecture.Tests;

/// <summary>DESIGN.md §2: Cli → Server → Lifecycle/Serving → Tracking, Governance → Evaluation → Modeling → Data, Tuning → Core.</summary>
internal static class Layers
{
    public static readonly IReadOnlyDictionary<string, int> Level = new Dictionary<string, int>
    {
        ["Carbet.Core"] = 0,
        ["Carbet.Data"] = 1,
        ["Carbet.Tuning"] = 1,
        ["Carbet.Modeling"] = 2,
        ["Carbet.Evaluation"] = 3,
        ["Carbet.Tracking"] = 4,
        ["Carbet.Governance"] = 4,
        ["Carbet.Lifecycle"] = 5,
        ["Carbet.Serving"] = 5,
        ["Carbet.Server"] = 6,
        // carbet serve starts the server in process, so the command line sits one step above it
        ["Carbet.Cli"] = 7,
    };

    /// <summary>The references of a project that do not point to a strictly lower layer.</summary>
    public static IReadOnlyList<string> Violations(string project, IEnumerable<string> references) =>
        references.Where(r => !Level.TryGetValue(r, out var level) || level >= Level[project]).ToList();
}

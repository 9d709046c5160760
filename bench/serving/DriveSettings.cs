using System.Collections.Immutable;

namespace Carbet.Bench.Serving;

/// <summary>What one benchmark run drives and for how long.</summary>
internal sealed record DriveSettings(Uri Server, Uri Ceiling, string Key, string Model, string RowBody, ServerProcess Process,
    int Connections, TimeSpan Duration, int Rate, TimeSpan Soak, ImmutableArray<int> Versions);

using System.Collections.Immutable;

namespace Carbet.Data.Reading;

/// <summary>How a delimited file is laid out, as sniffed or configured.</summary>
/// <param name="Delimiter">The delimiter, or null for runs of spaces.</param>
/// <param name="Quote">The quote character.</param>
/// <param name="SkipThroughLine">Records starting on or before this line are preamble or header, not rows.</param>
/// <param name="Names">The repaired column names.</param>
/// <param name="Repairs">Repairs made while sniffing.</param>
internal sealed record CsvDialect(char? Delimiter, char Quote, bool HasHeader, bool DecimalComma, long SkipThroughLine,
    ImmutableArray<string> Names, ImmutableArray<string> Repairs);

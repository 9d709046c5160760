using System.Collections.Immutable;

using Carbet.Core;

namespace Carbet.Data.Reading;

/// <summary>How to read a source; every setting left null is sniffed from the data.</summary>
public sealed record LoadOptions
{
    /// <summary>The missing markers used when none are configured.</summary>
    public static readonly ImmutableArray<string> DefaultMissingTokens = ["", "?", "NA", "N/A", "n/a", "NULL", "null", "NaN", "nan", "None"];

    /// <summary>Kinds forced per column (from carbet.yaml); a value that does not parse under its kind becomes
    /// missing and is counted in <see cref="LoadReport.InvalidValues"/>.</summary>
    /// <value>The default is empty: every kind is inferred.</value>
    public ImmutableSortedDictionary<string, ColumnKind> KindOverrides { get; init; } = ImmutableSortedDictionary<string, ColumnKind>.Empty;

    /// <summary>Values read as missing, compared after trimming, case-sensitively.</summary>
    /// <value>The default is <see cref="DefaultMissingTokens"/>.</value>
    public ImmutableArray<string> MissingTokens { get; init; } = DefaultMissingTokens;

    /// <summary>The field delimiter; a space means runs of spaces.</summary>
    /// <value>The default is null: sniffed among comma, semicolon, tab, pipe and space runs.</value>
    public char? Delimiter { get; init; }

    /// <summary>The text encoding, <c>utf-8</c> or <c>latin-1</c>.</summary>
    /// <value>The default is null: UTF-8, with lines that are not valid UTF-8 read as Latin-1.</value>
    public string? Encoding { get; init; }

    /// <summary>Whether the first record is a header.</summary>
    /// <value>The default is null: sniffed.</value>
    public bool? HasHeader { get; init; }

    /// <summary>Whether numbers use a decimal comma (<c>3,5</c>).</summary>
    /// <value>The default is null: sniffed when the delimiter is not a comma.</value>
    public bool? DecimalComma { get; init; }

    /// <summary>Column names for a file without a header.</summary>
    /// <value>The default is empty: headerless columns are named <c>column_1</c> to <c>column_n</c>.</value>
    public ImmutableArray<string> ColumnNames { get; init; } = [];

    /// <summary>The most rows to read (kept plus rejected).</summary>
    /// <value>The default is null: all rows.</value>
    public long? MaxRows { get; init; }
}

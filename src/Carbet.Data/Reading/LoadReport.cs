using System.Collections.Immutable;

namespace Carbet.Data.Reading;

/// <summary>What a load read, kept, rejected and repaired; <c>RowsRead = RowsKept + RowsRejected</c> always.</summary>
/// <param name="Source">The source, as <see cref="DataSource.Describe"/> gives it.</param>
/// <param name="Format"><c>csv</c>, <c>parquet</c>, <c>sqlite</c> or <c>postgresql</c>.</param>
/// <param name="RowsRead">Data rows read (blank lines, the header and skipped preamble lines are not rows).</param>
/// <param name="RowsKept">Rows in the table.</param>
/// <param name="RowsRejected">Rows left out.</param>
/// <param name="RejectedByReason">Rejected rows per reason (<c>too few fields</c>, <c>too many fields</c>).</param>
/// <param name="FirstRejected">The first 100 rejected rows, with their lines.</param>
/// <param name="Encoding"><c>utf-8</c> or <c>latin-1</c> for text files, else null.</param>
/// <param name="Delimiter">The field delimiter of a text file (a space for space runs), else null.</param>
/// <param name="HasHeader">Whether the first record was a header.</param>
/// <param name="DecimalComma">Whether numbers were read with a decimal comma.</param>
/// <param name="Repairs">What was changed to make the source loadable, one sentence each.</param>
/// <param name="InvalidValues">Per column with a kind override, the values that did not parse and were read as missing.</param>
public sealed record LoadReport(string Source, string Format, long RowsRead, long RowsKept, long RowsRejected,
    ImmutableSortedDictionary<string, long> RejectedByReason, ImmutableArray<RejectedRow> FirstRejected,
    string? Encoding, char? Delimiter, bool HasHeader, bool DecimalComma,
    ImmutableArray<string> Repairs, ImmutableSortedDictionary<string, long> InvalidValues);

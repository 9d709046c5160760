using System.Collections.Immutable;

namespace Carbet.Core.Reports;

/// <summary>A list of named values, such as a summary of counts.</summary>
/// <param name="Items">The names and formatted values, in display order.</param>
public sealed record KeyValueBlock(ImmutableArray<KeyValuePair<string, string>> Items) : ReportBlock;

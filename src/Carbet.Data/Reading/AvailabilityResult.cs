using System.Collections.Immutable;

namespace Carbet.Data.Reading;

/// <summary>Whether a source can be read now, and what it holds.</summary>
/// <param name="Source">The source, as <see cref="DataSource.Describe"/> gives it.</param>
/// <param name="Reachable">The file exists, or the database accepted a connection.</param>
/// <param name="Readable">The source loaded as a table.</param>
/// <param name="Rows">Rows kept, when readable.</param>
/// <param name="Columns">Columns, when readable.</param>
/// <param name="LastModified">The file's last write time (files and SQLite databases only).</param>
/// <param name="NewestTimestamp">The latest value of the time column, when one was named and holds dates.</param>
/// <param name="MissingRequiredColumns">Required columns the source lacks.</param>
/// <param name="Problem">What is wrong, one sentence, or null when the source is fine.</param>
public sealed record AvailabilityResult(string Source, bool Reachable, bool Readable, long? Rows, int? Columns,
    DateTimeOffset? LastModified, DateTimeOffset? NewestTimestamp, ImmutableArray<string> MissingRequiredColumns, string? Problem);

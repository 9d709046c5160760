using System.Collections.Immutable;

using Carbet.Core;

namespace Carbet.Data.Tables;

/// <summary>A loaded table: typed columns of equal length, and for each row the source line it came from.</summary>
/// <remarks>Immutable: preparation steps return new tables. Columns are held in memory, dictionary-encoded
/// where they hold text, so a million rows of seventy columns stays within a few hundred megabytes.</remarks>
public sealed class DataTable
{
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates a table from columns of equal length.</summary>
    /// <param name="source">Where the rows came from, for messages.</param>
    /// <param name="sourceLines">The 1-based line (or record number) each row came from; null numbers rows from 2 (after a header).</param>
    public DataTable(string source, IEnumerable<DataColumn> columns, long[]? sourceLines = null)
    {
        Source = source;
        Columns = [.. columns];
        RowCount = Columns.IsEmpty ? sourceLines?.Length ?? 0 : Columns[0].Length;
        if (Columns.Any(c => c.Length != RowCount))
            throw new ArgumentException("Every column must have the same number of rows.", nameof(columns));
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Columns.Length; i++)
        {
            if (!_index.TryAdd(Columns[i].Name, i))
                throw new UserErrorException($"Column '{Columns[i].Name}' appears twice in {source}.", "Give every column a distinct name.");
        }
        SourceLines = sourceLines ?? [.. Enumerable.Range(0, RowCount).Select(i => (long)i + 2)];
        if (SourceLines.Count != RowCount)
            throw new ArgumentException("There must be one source line per row.", nameof(sourceLines));
    }

    /// <summary>Where the rows came from (a path, a query), for messages.</summary>
    public string Source { get; }

    /// <summary>The columns, in source order.</summary>
    public ImmutableArray<DataColumn> Columns { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The 1-based source line of each row, so messages can point at the file.</summary>
    public IReadOnlyList<long> SourceLines { get; }

    /// <summary>The schema: names, kinds, and whether a column has missing values.</summary>
    public TableSchema Schema => new(Columns.Select(c => new ColumnSchema(c.Name, c.Kind, c.MissingCount > 0)));

    /// <summary>The column with this name.</summary>
    /// <exception cref="UserErrorException">No such column.</exception>
    public DataColumn this[string name] => Find(name)
        ?? throw new UserErrorException($"Column '{name}' is not in {Source}.", $"Use one of: {string.Join(", ", Columns.Select(c => c.Name))}.");

    /// <summary>The column with this name, or null.</summary>
    public DataColumn? Find(string name) => _index.TryGetValue(name, out var i) ? Columns[i] : null;
}

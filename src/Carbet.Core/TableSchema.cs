using System.Collections.Immutable;

namespace Carbet.Core;

/// <summary>The ordered columns of a table, used for dataset versions and model input signatures.</summary>
public sealed record TableSchema(ImmutableArray<ColumnSchema> Columns)
{
    /// <summary>Creates a schema from its columns, in order.</summary>
    public TableSchema(IEnumerable<ColumnSchema> columns) : this(columns.ToImmutableArray()) { }

    /// <summary>The column with this name, or null.</summary>
    public ColumnSchema? Find(string name) => Columns.FirstOrDefault(c => c.Name == name);

    /// <summary>Schemas are equal when their columns are equal, in order.</summary>
    public bool Equals(TableSchema? other) => other is not null && Columns.SequenceEqual(other.Columns);

    /// <inheritdoc/>
    public override int GetHashCode() => Columns.Aggregate(0, (hash, c) => HashCode.Combine(hash, c));
}

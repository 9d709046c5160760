namespace Carbet.Core;

/// <summary>One column of a table: its name, its kind and whether it may be missing.</summary>
public sealed record ColumnSchema(string Name, ColumnKind Kind, bool Nullable = true);

using Carbet.Data.Tables;

namespace Carbet.Data.Reading;

/// <summary>A loaded table and the report of how it was read.</summary>
public sealed record LoadedTable(DataTable Table, LoadReport Report);

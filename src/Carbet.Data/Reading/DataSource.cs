namespace Carbet.Data.Reading;

/// <summary>Where a table comes from: a CSV file, a Parquet file, or a SQL query.</summary>
public abstract record DataSource
{
    /// <summary>A short description for messages and reports; never shows a password.</summary>
    public abstract string Describe();

    /// <summary>The source for a file, chosen by its extension.</summary>
    /// <remarks><c>.parquet</c> is Parquet; everything else (<c>.csv</c>, <c>.txt</c>, <c>.data</c>, <c>.test</c>,
    /// any of them with <c>.gz</c>, and unknown extensions) is read as delimited text.</remarks>
    public static DataSource FromPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? new ParquetSource(path) : new CsvSource(path);
    }
}

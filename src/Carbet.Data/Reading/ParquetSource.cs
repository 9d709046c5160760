namespace Carbet.Data.Reading;

/// <summary>A Parquet file.</summary>
/// <param name="Path">The file path.</param>
public sealed record ParquetSource(string Path) : DataSource
{
    /// <inheritdoc/>
    public override string Describe() => Path;
}

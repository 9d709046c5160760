namespace Carbet.Data.Reading;

/// <summary>A delimited text file (comma, semicolon, tab, pipe or spaces), optionally gzip-compressed.</summary>
/// <param name="Path">The file path; a name ending in <c>.gz</c> is decompressed while reading.</param>
public sealed record CsvSource(string Path) : DataSource
{
    /// <inheritdoc/>
    public override string Describe() => Path;
}

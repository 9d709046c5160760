namespace Carbet.Data.DemoWorld;

/// <summary>One file written by <see cref="DemoWorldWriter"/>.</summary>
/// <param name="Path">Relative to <see cref="DemoWorldFiles.Folder"/>, with '/' separators.</param>
/// <param name="Rows">Data rows, headers excluded; 0 for <c>manifest.json</c>.</param>
/// <param name="Bytes">Size of the file.</param>
/// <param name="Sha256">SHA-256 of the file's bytes, lowercase hexadecimal.</param>
public sealed record WrittenFile(string Path, long Rows, long Bytes, string Sha256);

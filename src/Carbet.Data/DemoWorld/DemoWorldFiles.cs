using System.Collections.Immutable;

namespace Carbet.Data.DemoWorld;

/// <summary>What <see cref="DemoWorldWriter.WriteAsync"/> wrote.</summary>
/// <param name="Folder">The folder the files are in.</param>
/// <param name="Files">Every file written, <c>manifest.json</c> included, by ordinal path.</param>
/// <param name="Applications">Distinct applications (rows of <c>outcomes.csv</c>); the tables hold more rows, the resubmitted duplicates.</param>
public sealed record DemoWorldFiles(string Folder, ImmutableArray<WrittenFile> Files, long Applications);

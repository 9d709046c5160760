using System.Collections.Immutable;

using Carbet.Data.Preparation;
using Carbet.Governance.Datasheets;

namespace Carbet.Lifecycle.DataSteps;

/// <summary>The step reports of a preparation, as the datasheet lists them and the prepare run stores them.</summary>
internal static class PreparationReport
{
    public const string ArtifactPath = "reports/preparation.json";

    public static ImmutableArray<PreprocessingEntry> Entries(PreparationResult result) =>
        [.. result.Steps.Select(s => new PreprocessingEntry(s.Index, s.Type, s.Description, s.RowsBefore, s.RowsAfter, s.CellsChanged))];
}

using System.Collections.Immutable;

namespace Carbet.Data.Profiling;

/// <summary>Pairwise associations between columns, each over the rows where both values are present.</summary>
/// <param name="Pearson">Pearson r between numeric columns.</param>
/// <param name="Spearman">Pearson r of midranks between numeric columns (ranks taken over each column's present values).</param>
/// <param name="CramersV">Cramér's V between category columns, without bias correction.</param>
/// <param name="CorrelationRatios">η for every numeric × category pair.</param>
/// <param name="LeftOut">Columns eligible but beyond <see cref="ProfileOptions.MaxAssociationColumns"/>.</param>
public sealed record AssociationSummary(
    AssociationMatrix Pearson,
    AssociationMatrix Spearman,
    AssociationMatrix CramersV,
    ImmutableArray<CorrelationRatio> CorrelationRatios,
    ImmutableArray<string> LeftOut);

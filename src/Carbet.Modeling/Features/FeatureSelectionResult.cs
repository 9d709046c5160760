using System.Collections.Immutable;
using System.Globalization;

using Carbet.Modeling.Training;

namespace Carbet.Modeling.Features;

/// <summary>The outcome of backward elimination: what each tried drop cost, and the columns kept.</summary>
/// <param name="BaselineAuc">The mean CV AUC with every column.</param>
/// <param name="Trials">One entry per candidate, in the order tried (least informative first).</param>
/// <param name="Kept">The input columns that remain, in the request's order.</param>
public sealed record FeatureSelectionResult(double BaselineAuc, ImmutableArray<FeatureSelectionTrial> Trials, ImmutableArray<string> Kept)
{
    /// <summary>The request with the dropped columns removed.</summary>
    public BinaryTrainingRequest Apply(BinaryTrainingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request with
        {
            NumericFeatures = [.. request.NumericFeatures.Where(Kept.Contains)],
            CategoricalFeatures = [.. request.CategoricalFeatures.Where(Kept.Contains)],
            DateFeatures = [.. request.DateFeatures.Where(Kept.Contains)],
        };
    }
}

/// <summary>One candidate of backward elimination.</summary>
/// <param name="Column">The input column tried.</param>
/// <param name="AucEffect">Mean CV AUC without the column minus with it; above −tolerance means it was dropped.</param>
/// <param name="FitTimeEffect">Total CV fit time without the column minus with it.</param>
/// <param name="Dropped">Whether the column was removed.</param>
public sealed record FeatureSelectionTrial(string Column, double AucEffect, TimeSpan FitTimeEffect, bool Dropped)
{
    /// <summary>For people and run params, e.g. <c>dropped: AUC +0.0003, fit time -1.2 s</c>.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{(Dropped ? "dropped" : "kept")}: AUC {AucEffect:+0.0000;-0.0000;0.0000}, fit time {FitTimeEffect.TotalSeconds:+0.00;-0.00;0.00} s");
}

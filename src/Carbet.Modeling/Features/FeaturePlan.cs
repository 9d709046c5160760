using System.Collections.Immutable;
using System.Globalization;

namespace Carbet.Modeling.Features;

/// <summary>What is done to each input column, and how rows are weighted: decided once from the training rows, then
/// applied identically to every fold and fit.</summary>
/// <param name="Columns">One entry per input column, in the request's order: numbers, categories, dates.</param>
/// <param name="Rows">The training rows the plan was made from.</param>
/// <param name="PositiveShare">The share of those rows that are positive.</param>
/// <param name="PositiveWeight">The weight of each positive row (negatives weigh 1); null when rows are not weighted.</param>
/// <param name="Options">The options the plan follows.</param>
public sealed record FeaturePlan(ImmutableArray<ColumnPlan> Columns, long Rows, double PositiveShare, double? PositiveWeight, FeatureOptions Options)
{
    /// <summary>The columns of <paramref name="encoding"/>.</summary>
    public IEnumerable<ColumnPlan> Of(ColumnEncoding encoding) => Columns.Where(c => c.Encoding == encoding);

    /// <summary>The plan as run params: <c>features.column.&lt;name&gt;</c> per column, then the options and class weights.</summary>
    public ImmutableSortedDictionary<string, string> ToParams()
    {
        var values = Columns.ToDictionary(c => "features.column." + c.Column, c => c.Describe(), StringComparer.Ordinal);
        values["features.max_onehot"] = Number(Options.MaxOneHot);
        values["features.high_cardinality"] = Options.HighCardinality == HighCardinalityEncoding.Target
            ? $"target (out-of-fold, {Number(Options.TargetEncodingFolds)} folds, prior weight {Number(Options.TargetEncodingPriorWeight)})"
            : $"hash ({Number(Options.HashBits)} bits)";
        values["features.binning"] = Options.Bins == 0 ? "off" : $"{Number(Options.Bins)} quantile classes";
        values["features.normalization"] = "mean-variance, for families that need it (logistic, sdca)";
        values["features.class_weights"] = Options.ClassWeights.ToString().ToLowerInvariant();
        values["features.positive_share"] = Number(PositiveShare);
        values["features.positive_weight"] = PositiveWeight is { } w ? Number(w) : "1";
        values["features.selection"] = Options.Selection is { } s
            ? $"drop-column CV, tolerance {Number(s.Tolerance)}, {Number(s.Candidates)} candidates"
            : "off";
        return values.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>One line per column, for a console or a log.</summary>
    public override string ToString() => string.Join(Environment.NewLine, Columns.Select(c => $"{c.Column}: {c.Describe()}"));

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

using System.Collections.Immutable;

using Carbet.Modeling.Families;

using Microsoft.ML;

namespace Carbet.Modeling.Curves;

/// <summary>Held-out log loss and AUC of a boosted tree model after 1, 2, … N trees, computed from its trees.</summary>
/// <remarks>Supports the binary models of <see cref="LightGbmFamily"/> and <see cref="FastTreeFamily"/>; other models
/// give no curve. At most about <see cref="DefaultMaxPoints"/> iterations are sampled, always the first and the last.</remarks>
public static class BoostingCurves
{
    /// <summary>The most iterations a curve samples unless told otherwise.</summary>
    public const int DefaultMaxPoints = 200;

    /// <summary>The curves <see cref="CurveNames.LogLoss"/> and <see cref="CurveNames.Auc"/> of a fitted family pipeline
    /// on <paramref name="heldOut"/> (rows in the schema the pipeline was fitted on, <c>Label</c> included), or none
    /// when the pipeline does not end in a LightGBM or FastTree binary model.</summary>
    /// <remarks>Choose anything by these curves only when <paramref name="heldOut"/> is not the test set.</remarks>
    public static ImmutableArray<TrainingCurve> Compute(ITransformer model, IDataView heldOut, int maxPoints = DefaultMaxPoints)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(heldOut);
        return StagedScorer.TryCreate(model, heldOut, FamilyColumns.Label) is { } scorer
            ? Average([Evaluate(scorer, maxPoints)], CurveNames.LogLoss, CurveNames.Auc)
            : [];
    }

    /// <summary>The metrics of <paramref name="scorer"/> at about <paramref name="maxPoints"/> sampled iterations.</summary>
    internal static StagedMetrics Evaluate(StagedScorer scorer, int maxPoints) => scorer.Evaluate(Iterations(Math.Max(1, scorer.TreeCount), maxPoints));

    /// <summary>The mean over <paramref name="folds"/> of each metric at every iteration any fold sampled; a fold that
    /// did not sample an iteration counts with its value at its last sampled iteration before it.</summary>
    internal static ImmutableArray<TrainingCurve> Average(IReadOnlyList<StagedMetrics> folds, string logLossName, string aucName)
    {
        if (folds.Count == 0)
            return [];
        var iterations = folds.SelectMany(f => f.Iterations).Distinct().Order().ToImmutableArray();
        return
        [
            Curve(logLossName, iterations, g => folds.Average(f => f.LogLoss[f.At(g)])),
            Curve(aucName, iterations, g => folds.Average(f => f.Auc[f.At(g)])),
        ];
    }

    /// <summary>The held-out RMSE by number of trees of a fitted LightGBM or FastTree regression pipeline, or null for any
    /// other model.</summary>
    internal static TrainingCurve? RegressionRmse(ITransformer model, IDataView heldOut, string labelColumn, int maxPoints = DefaultMaxPoints) =>
        RegressionStagedScorer.TryCreate(model, heldOut, labelColumn) is { } scorer
            ? scorer.Rmse(CurveNames.CvRmse, Iterations(Math.Max(1, scorer.TreeCount), maxPoints))
            : null;

    /// <summary>The mean of <paramref name="folds"/>' curves at every step any of them sampled; a curve that did not sample a
    /// step counts with its value at its last sampled step before it (a model past its last tree stays as it is).</summary>
    internal static TrainingCurve Average(string name, IReadOnlyList<TrainingCurve> folds)
    {
        var steps = folds.SelectMany(f => f.Points.Select(p => p.Step)).Distinct().Order().ToImmutableArray();
        return new TrainingCurve(name, [.. steps.Select(step => new CurvePoint(step, folds.Average(f => ValueAt(f, step))))]);
    }

    /// <summary>1, then every k-th iteration, then <paramref name="trees"/>, with k chosen so at most about <paramref name="maxPoints"/> remain.</summary>
    internal static ImmutableArray<int> Iterations(int trees, int maxPoints)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, 2);
        var stride = Math.Max(1, (trees + maxPoints - 1) / maxPoints);
        return [.. Enumerable.Range(1, trees / stride).Select(k => k * stride).Prepend(1).Append(trees).Where(i => i >= 1).Distinct().Order()];
    }

    private static double ValueAt(TrainingCurve curve, long step)
    {
        var at = 0;
        while (at + 1 < curve.Points.Length && curve.Points[at + 1].Step <= step)
            at++;
        return curve.Points[at].Value;
    }

    private static TrainingCurve Curve(string name, ImmutableArray<int> iterations, Func<int, double> value) =>
        new(name, [.. iterations.Select(iteration => new CurvePoint(iteration, value(iteration)))]);
}

using System.Collections.Immutable;

using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Carbet.Modeling.Curves;

/// <summary>A boosted regression tree model's held-out rows, featurised once, scored after each number of trees: the
/// held-out RMSE by boosting iteration, as the binary <see cref="StagedScorer"/> gives log loss and AUC.</summary>
/// <remarks>A row's prediction is the ensemble's bias plus the weighted outputs of its first trees; after every tree it
/// is the model's own Score.</remarks>
internal sealed class RegressionStagedScorer
{
    private readonly StagedEnsemble<float> _ensemble;

    private RegressionStagedScorer(StagedEnsemble<float> ensemble) => _ensemble = ensemble;

    public int TreeCount => _ensemble.TreeCount;

    /// <summary>The scorer of a fitted LightGBM or FastTree regression pipeline on <paramref name="heldOut"/> (rows as the
    /// pipeline reads them, a float <paramref name="labelColumn"/>), or null for any other model.</summary>
    public static RegressionStagedScorer? TryCreate(ITransformer model, IDataView heldOut, string labelColumn)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(heldOut);
        return StagedEnsemble<float>.TryCreate(model, heldOut, labelColumn, Ensemble) is { } ensemble ? new RegressionStagedScorer(ensemble) : null;
    }

    /// <summary>The held-out RMSE after each number of trees in <paramref name="iterations"/> (increasing); a number past
    /// <see cref="TreeCount"/> uses every tree, as the model would.</summary>
    public TrainingCurve Rmse(string name, ImmutableArray<int> iterations)
    {
        var (scores, labels) = (_ensemble.Start(), _ensemble.Labels);
        var points = ImmutableArray.CreateBuilder<CurvePoint>(iterations.Length);
        var done = 0;
        foreach (var iteration in iterations)
        {
            for (; done < Math.Min(iteration, TreeCount); done++)
                _ensemble.AddTree(scores, done);
            var squares = 0.0;
            for (var r = 0; r < scores.Length; r++)
                squares += (scores[r] - labels[r]) * (scores[r] - labels[r]);
            points.Add(new CurvePoint(iteration, Math.Sqrt(squares / Math.Max(1, scores.Length))));
        }
        return new TrainingCurve(name, points.MoveToImmutable());
    }

    private static RegressionTreeEnsemble? Ensemble(object model) => model switch
    {
        LightGbmRegressionModelParameters m => m.TrainedTreeEnsemble,
        FastTreeRegressionModelParameters m => m.TrainedTreeEnsemble,
        _ => null,
    };
}

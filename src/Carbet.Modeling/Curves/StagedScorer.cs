using System.Collections.Immutable;

using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Carbet.Modeling.Curves;

/// <summary>A boosted tree model's held-out rows, featurised once, scored after each number of trees.</summary>
/// <remarks>Each row's score grows by one tree at a time, so every iteration costs one tree walk per row;
/// probabilities come from the model's own sigmoid calibrator applied to the partial score. The rows are held
/// densely (rows × features floats), so evaluate one fold and let it go before featurising the next.</remarks>
internal sealed class StagedScorer
{
    private readonly StagedEnsemble<bool> _ensemble;
    private readonly PlattCalibrator _calibrator;

    private StagedScorer(StagedEnsemble<bool> ensemble, PlattCalibrator calibrator) => (_ensemble, _calibrator) = (ensemble, calibrator);

    public int TreeCount => _ensemble.TreeCount;

    public int Rows => _ensemble.Labels.Length;

    /// <summary>The scorer of a fitted LightGBM or FastTree binary pipeline on <paramref name="heldOut"/>
    /// (rows as the pipeline reads them), or null for any other model.</summary>
    public static StagedScorer? TryCreate(ITransformer model, IDataView heldOut, string labelColumn)
    {
        PlattCalibrator? calibrator = null;
        var ensemble = StagedEnsemble<bool>.TryCreate(model, heldOut, labelColumn, m =>
        {
            var parts = Unwrap(m);
            calibrator = parts?.Calibrator;
            return parts?.Ensemble;
        });
        return ensemble is null ? null : new StagedScorer(ensemble, calibrator!);
    }

    /// <summary>The raw score and the probability of every row after all trees, as the model's Score and Probability columns.</summary>
    public (double[] Scores, double[] Probabilities) Final()
    {
        var scores = _ensemble.Start();
        for (var t = 0; t < TreeCount; t++)
            _ensemble.AddTree(scores, t);
        return (scores, [.. scores.Select(Probability)]);
    }

    /// <summary>The log loss and AUC after each number of trees in <paramref name="iterations"/> (increasing); a number past
    /// <see cref="TreeCount"/> uses every tree, as the model would.</summary>
    public StagedMetrics Evaluate(ImmutableArray<int> iterations)
    {
        var (logLoss, auc) = (new double[iterations.Length], new double[iterations.Length]);
        var scores = _ensemble.Start();
        var probabilities = new double[Rows];
        var done = 0;
        for (var i = 0; i < iterations.Length; i++)
        {
            for (; done < Math.Min(iterations[i], TreeCount); done++)
                _ensemble.AddTree(scores, done);
            for (var r = 0; r < Rows; r++)
                probabilities[r] = Probability(scores[r]);
            (logLoss[i], auc[i]) = (CurveMetrics.LogLoss(probabilities, _ensemble.Labels), CurveMetrics.Auc(scores, _ensemble.Labels));
        }
        return new StagedMetrics(iterations, [.. logLoss], [.. auc]);
    }

    private double Probability(double score) => 1 / (1 + Math.Exp((_calibrator.Slope * score) + _calibrator.Offset));

    private static (RegressionTreeEnsemble Ensemble, PlattCalibrator Calibrator)? Unwrap(object model) => model switch
    {
        CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator> m => (m.SubModel.TrainedTreeEnsemble, m.Calibrator),
        CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> m => (m.SubModel.TrainedTreeEnsemble, m.Calibrator),
        _ => null,
    };
}

using System.Collections.Immutable;

using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Carbet.Modeling.Curves;

/// <summary>A boosted tree model's held-out rows, featurised once, scored after each number of trees.</summary>
/// <remarks>Each row's score grows by one tree at a time, so every iteration costs one tree walk per row;
/// probabilities come from the model's own sigmoid calibrator applied to the partial score. The rows are held
/// densely (rows × features floats), so evaluate one fold and let it go before featurising the next.</remarks>
internal sealed class StagedScorer
{
    private readonly FlatTree[] _trees;
    private readonly double[] _weights;
    private readonly double _bias;
    private readonly PlattCalibrator _calibrator;
    private readonly float[] _features;
    private readonly int _width;
    private readonly bool[] _labels;

    private StagedScorer(RegressionTreeEnsemble ensemble, PlattCalibrator calibrator, float[] features, int width, bool[] labels)
    {
        _trees = [.. ensemble.Trees.Select(t => new FlatTree(t))];
        _weights = [.. ensemble.TreeWeights];
        (_bias, _calibrator, _features, _width, _labels) = (ensemble.Bias, calibrator, features, width, labels);
    }

    public int TreeCount => _trees.Length;

    public int Rows => _labels.Length;

    /// <summary>The scorer of a fitted LightGBM or FastTree binary pipeline on <paramref name="heldOut"/>
    /// (rows as the pipeline reads them), or null for any other model.</summary>
    public static StagedScorer? TryCreate(ITransformer model, IDataView heldOut, string labelColumn)
    {
        var steps = model is TransformerChain<ITransformer> chain ? chain.ToArray() : [model];
        if (steps.Length == 0 || steps[^1] is not ISingleFeaturePredictionTransformer<object> predictor || Unwrap(predictor.Model) is not { } parts)
            return null;
        var view = heldOut;
        foreach (var step in steps[..^1])
            view = step.Transform(view);
        var (featureColumn, labelCol) = (view.Schema[predictor.FeatureColumnName], view.Schema[labelColumn]);
        var (features, labels) = (new List<float>(), new List<bool>());
        var width = 0;
        using (var cursor = view.GetRowCursor([featureColumn, labelCol]))
        {
            var (getFeatures, getLabel) = (cursor.GetGetter<VBuffer<float>>(featureColumn), cursor.GetGetter<bool>(labelCol));
            var (buffer, label) = (default(VBuffer<float>), false);
            while (cursor.MoveNext())
            {
                getFeatures(ref buffer);
                getLabel(ref label);
                width = buffer.Length;
                features.AddRange(buffer.DenseValues());
                labels.Add(label);
            }
        }
        return new StagedScorer(parts.Ensemble, parts.Calibrator, [.. features], width, [.. labels]);
    }

    /// <summary>The raw score and the probability of every row after all trees, as the model's Score and Probability columns.</summary>
    public (double[] Scores, double[] Probabilities) Final()
    {
        var scores = Accumulate(TreeCount);
        return (scores, [.. scores.Select(Probability)]);
    }

    /// <summary>The log loss and AUC after each number of trees in <paramref name="iterations"/> (increasing); a number past
    /// <see cref="TreeCount"/> uses every tree, as the model would.</summary>
    public StagedMetrics Evaluate(ImmutableArray<int> iterations)
    {
        var (logLoss, auc) = (new double[iterations.Length], new double[iterations.Length]);
        var scores = new double[Rows];
        Array.Fill(scores, _bias);
        var probabilities = new double[Rows];
        var done = 0;
        for (var i = 0; i < iterations.Length; i++)
        {
            for (; done < Math.Min(iterations[i], TreeCount); done++)
                AddTree(scores, done);
            for (var r = 0; r < Rows; r++)
                probabilities[r] = Probability(scores[r]);
            (logLoss[i], auc[i]) = (CurveMetrics.LogLoss(probabilities, _labels), CurveMetrics.Auc(scores, _labels));
        }
        return new StagedMetrics(iterations, [.. logLoss], [.. auc]);
    }

    private double[] Accumulate(int trees)
    {
        var scores = new double[Rows];
        Array.Fill(scores, _bias);
        for (var t = 0; t < trees; t++)
            AddTree(scores, t);
        return scores;
    }

    private void AddTree(double[] scores, int tree)
    {
        var (flat, weight) = (_trees[tree], tree < _weights.Length ? _weights[tree] : 1.0);
        for (var r = 0; r < scores.Length; r++)
            scores[r] += weight * flat.Output(_features.AsSpan(r * _width, _width));
    }

    private double Probability(double score) => 1 / (1 + Math.Exp((_calibrator.Slope * score) + _calibrator.Offset));

    private static (RegressionTreeEnsemble Ensemble, PlattCalibrator Calibrator)? Unwrap(object model) => model switch
    {
        CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator> m => (m.SubModel.TrainedTreeEnsemble, m.Calibrator),
        CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> m => (m.SubModel.TrainedTreeEnsemble, m.Calibrator),
        _ => null,
    };
}

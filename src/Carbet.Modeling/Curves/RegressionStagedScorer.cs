using System.Collections.Immutable;

using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Carbet.Modeling.Curves;

/// <summary>A boosted regression tree model's held-out rows, featurised once, scored after each number of trees: the
/// held-out RMSE by boosting iteration, as the binary <see cref="StagedScorer"/> gives log loss and AUC.</summary>
/// <remarks>A row's prediction is the ensemble's bias plus the weighted outputs of its first trees; after every tree it
/// is the model's own Score. The rows are held densely (rows × features floats).</remarks>
internal sealed class RegressionStagedScorer
{
    private readonly FlatTree[] _trees;
    private readonly double[] _weights;
    private readonly double _bias;
    private readonly float[] _features;
    private readonly int _width;
    private readonly double[] _labels;

    private RegressionStagedScorer(RegressionTreeEnsemble ensemble, float[] features, int width, double[] labels)
    {
        _trees = [.. ensemble.Trees.Select(t => new FlatTree(t))];
        _weights = [.. ensemble.TreeWeights];
        (_bias, _features, _width, _labels) = (ensemble.Bias, features, width, labels);
    }

    public int TreeCount => _trees.Length;

    /// <summary>The scorer of a fitted LightGBM or FastTree regression pipeline on <paramref name="heldOut"/> (rows as the
    /// pipeline reads them, a float <paramref name="labelColumn"/>), or null for any other model.</summary>
    public static RegressionStagedScorer? TryCreate(ITransformer model, IDataView heldOut, string labelColumn)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(heldOut);
        var steps = model is TransformerChain<ITransformer> chain ? chain.ToArray() : [model];
        if (steps.Length == 0 || steps[^1] is not ISingleFeaturePredictionTransformer<object> predictor || Ensemble(predictor.Model) is not { } ensemble)
            return null;
        var view = heldOut;
        foreach (var step in steps[..^1])
            view = step.Transform(view);
        var (featureColumn, labelCol) = (view.Schema[predictor.FeatureColumnName], view.Schema[labelColumn]);
        var (features, labels) = (new List<float>(), new List<double>());
        var width = 0;
        using (var cursor = view.GetRowCursor([featureColumn, labelCol]))
        {
            var (getFeatures, getLabel) = (cursor.GetGetter<VBuffer<float>>(featureColumn), cursor.GetGetter<float>(labelCol));
            var (buffer, label) = (default(VBuffer<float>), 0f);
            while (cursor.MoveNext())
            {
                getFeatures(ref buffer);
                getLabel(ref label);
                width = buffer.Length;
                features.AddRange(buffer.DenseValues());
                labels.Add(label);
            }
        }
        return new RegressionStagedScorer(ensemble, [.. features], width, [.. labels]);
    }

    /// <summary>Every row's prediction after all trees, as the model's Score column.</summary>
    public double[] Final()
    {
        var scores = Start();
        for (var t = 0; t < TreeCount; t++)
            AddTree(scores, t);
        return scores;
    }

    /// <summary>The held-out RMSE after each number of trees in <paramref name="iterations"/> (increasing); a number past
    /// <see cref="TreeCount"/> uses every tree, as the model would.</summary>
    public TrainingCurve Rmse(string name, ImmutableArray<int> iterations)
    {
        var scores = Start();
        var points = ImmutableArray.CreateBuilder<CurvePoint>(iterations.Length);
        var done = 0;
        foreach (var iteration in iterations)
        {
            for (; done < Math.Min(iteration, TreeCount); done++)
                AddTree(scores, done);
            var squares = 0.0;
            for (var r = 0; r < scores.Length; r++)
                squares += (scores[r] - _labels[r]) * (scores[r] - _labels[r]);
            points.Add(new CurvePoint(iteration, Math.Sqrt(squares / Math.Max(1, scores.Length))));
        }
        return new TrainingCurve(name, points.MoveToImmutable());
    }

    private double[] Start()
    {
        var scores = new double[_labels.Length];
        Array.Fill(scores, _bias);
        return scores;
    }

    private void AddTree(double[] scores, int tree)
    {
        var (flat, weight) = (_trees[tree], tree < _weights.Length ? _weights[tree] : 1.0);
        for (var r = 0; r < scores.Length; r++)
            scores[r] += weight * flat.Output(_features.AsSpan(r * _width, _width));
    }

    private static RegressionTreeEnsemble? Ensemble(object model) => model switch
    {
        LightGbmRegressionModelParameters m => m.TrainedTreeEnsemble,
        FastTreeRegressionModelParameters m => m.TrainedTreeEnsemble,
        _ => null,
    };
}

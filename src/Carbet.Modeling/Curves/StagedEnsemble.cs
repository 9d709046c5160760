using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Carbet.Modeling.Curves;

/// <summary>A tree ensemble and held-out rows, featurised once and held densely (rows × features floats), whose scores
/// grow one tree at a time: what the binary and the regression staged scorers share.</summary>
internal sealed class StagedEnsemble<TLabel>
{
    private readonly FlatTree[] _trees;
    private readonly double[] _weights;
    private readonly double _bias;
    private readonly float[] _features;
    private readonly int _width;

    private StagedEnsemble(RegressionTreeEnsemble ensemble, float[] features, int width, TLabel[] labels)
    {
        _trees = [.. ensemble.Trees.Select(t => new FlatTree(t))];
        _weights = [.. ensemble.TreeWeights];
        (_bias, _features, _width, Labels) = (ensemble.Bias, features, width, labels);
    }

    public int TreeCount => _trees.Length;

    public TLabel[] Labels { get; }

    /// <summary>The ensemble of a fitted pipeline whose last step <paramref name="unwrap"/> recognises, with
    /// <paramref name="heldOut"/> passed through the steps before it; null for any other model.</summary>
    public static StagedEnsemble<TLabel>? TryCreate(ITransformer model, IDataView heldOut, string labelColumn, Func<object, RegressionTreeEnsemble?> unwrap)
    {
        var steps = model is TransformerChain<ITransformer> chain ? chain.ToArray() : [model];
        if (steps.Length == 0 || steps[^1] is not ISingleFeaturePredictionTransformer<object> predictor || unwrap(predictor.Model) is not { } ensemble)
            return null;
        var view = heldOut;
        foreach (var step in steps[..^1])
            view = step.Transform(view);
        var (featureColumn, labelCol) = (view.Schema[predictor.FeatureColumnName], view.Schema[labelColumn]);
        var (features, labels) = (new List<float>(), new List<TLabel>());
        var width = 0;
        using (var cursor = view.GetRowCursor([featureColumn, labelCol]))
        {
            var (getFeatures, getLabel) = (cursor.GetGetter<VBuffer<float>>(featureColumn), cursor.GetGetter<TLabel>(labelCol));
            var (buffer, label) = (default(VBuffer<float>), default(TLabel)!);
            while (cursor.MoveNext())
            {
                getFeatures(ref buffer);
                getLabel(ref label);
                width = buffer.Length;
                features.AddRange(buffer.DenseValues());
                labels.Add(label);
            }
        }
        return new StagedEnsemble<TLabel>(ensemble, [.. features], width, [.. labels]);
    }

    /// <summary>Every row's score before any tree: the ensemble's bias.</summary>
    public double[] Start()
    {
        var scores = new double[Labels.Length];
        Array.Fill(scores, _bias);
        return scores;
    }

    /// <summary>Adds tree number <paramref name="tree"/>, weighted, to every row's score.</summary>
    public void AddTree(double[] scores, int tree)
    {
        var (flat, weight) = (_trees[tree], tree < _weights.Length ? _weights[tree] : 1.0);
        for (var r = 0; r < scores.Length; r++)
            scores[r] += weight * flat.Output(_features.AsSpan(r * _width, _width));
    }
}

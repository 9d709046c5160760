using System.Reflection;

using Microsoft.ML.Trainers.FastTree;

namespace Carbet.Modeling.Curves;

/// <summary>One regression tree copied into arrays, walked as ML.NET walks it: a node index below zero is
/// the complement of a leaf index; a numeric split sends a value at or under its threshold left; a
/// categorical split sends a row right when any of its indicator features is positive.</summary>
internal sealed class FlatTree
{
    // ML.NET keeps the value that stands in for a missing (NaN) feature at each split only in this internal
    // field: LightGBM's learned direction for missing values, or null when NaN simply compares false.
    private static readonly FieldInfo? TreeField = typeof(RegressionTreeBase).GetField("_tree", BindingFlags.Instance | BindingFlags.NonPublic);

    private readonly int[] _left;
    private readonly int[] _right;
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly int[]?[] _categorical;
    private readonly float[]? _missing;
    private readonly double[] _leaves;

    public FlatTree(RegressionTreeBase tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        _left = [.. tree.LeftChild];
        _right = [.. tree.RightChild];
        _feature = [.. tree.NumericalSplitFeatureIndexes];
        _threshold = [.. tree.NumericalSplitThresholds];
        _leaves = [.. tree.LeafValues];
        _categorical = new int[]?[_left.Length];
        for (var node = 0; node < _left.Length; node++)
        {
            if (tree.CategoricalSplitFlags.Count > node && tree.CategoricalSplitFlags[node])
                _categorical[node] = [.. tree.GetCategoricalSplitFeaturesAt(node)];
        }
        _missing = MissingValueDefaults(tree);
    }

    /// <summary>The leaf value the row reaches; <paramref name="row"/> holds every feature, densely.</summary>
    public double Output(ReadOnlySpan<float> row)
    {
        if (_left.Length == 0)
            return _leaves.Length > 0 ? _leaves[0] : 0;
        var node = 0;
        while (node >= 0)
        {
            if (_categorical[node] is { } indicators)
            {
                var right = false;
                foreach (var index in indicators)
                    right |= Value(row[index], node) > 0;
                node = right ? _right[node] : _left[node];
            }
            else
            {
                node = Value(row[_feature[node]], node) <= _threshold[node] ? _left[node] : _right[node];
            }
        }
        return _leaves[~node];
    }

    private float Value(float value, int node) => float.IsNaN(value) && _missing is { } missing ? missing[node] : value;

    private static float[]? MissingValueDefaults(RegressionTreeBase tree)
    {
        var inner = TreeField?.GetValue(tree);
        var field = inner?.GetType().GetField("DefaultValueForMissing", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);
        return field?.GetValue(inner) is float[] values ? values : null;
    }
}

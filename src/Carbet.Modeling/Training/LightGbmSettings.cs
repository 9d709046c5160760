using System.Collections.Immutable;
using System.Globalization;

namespace Carbet.Modeling.Training;

/// <summary>The hyperparameters of a LightGBM binary classifier.</summary>
public sealed record LightGbmSettings(int Iterations, int Leaves, double LearningRate, int MinimumExamplesPerLeaf)
{
    /// <summary>Settings that fit the demo world well without tuning.</summary>
    public static LightGbmSettings Default { get; } = new(Iterations: 200, Leaves: 31, LearningRate: 0.05, MinimumExamplesPerLeaf: 50);

    /// <summary>The settings as run params, with invariant number formats.</summary>
    public ImmutableSortedDictionary<string, string> ToParams() => new Dictionary<string, string>
    {
        ["lightgbm.iterations"] = Iterations.ToString(CultureInfo.InvariantCulture),
        ["lightgbm.leaves"] = Leaves.ToString(CultureInfo.InvariantCulture),
        ["lightgbm.learning_rate"] = LearningRate.ToString("R", CultureInfo.InvariantCulture),
        ["lightgbm.min_examples_per_leaf"] = MinimumExamplesPerLeaf.ToString(CultureInfo.InvariantCulture),
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);
}

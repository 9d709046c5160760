using Carbet.Modeling.Families;

using Microsoft.ML.Trainers.FastTree;

namespace Carbet.Modeling.Tasks;

/// <summary>The random forest hyperparameters both task forests search, and how they set a FastForest trainer's options.</summary>
internal static class ForestSettings
{
    private static readonly HyperParameter Trees = HyperParameter.LogInt("trees", 20, 500, 100);
    private static readonly HyperParameter Leaves = HyperParameter.LogInt("leaves", 4, 256, 20);
    private static readonly HyperParameter MinLeaf = HyperParameter.LogInt("min_examples_per_leaf", 2, 200, 5);
    private static readonly HyperParameter FeatureFraction = HyperParameter.Float("feature_fraction", 0.3, 1.0, 0.7);

    public static SearchSpace Space => new([Trees, Leaves, MinLeaf, FeatureFraction]);

    /// <summary>The options with <paramref name="values"/>, the seed, and one thread so results repeat.</summary>
    public static TOptions Apply<TOptions>(TOptions options, HyperParameters values, int seed)
        where TOptions : FastForestOptionsBase
    {
        options.NumberOfTrees = values.GetInt(Trees);
        options.NumberOfLeaves = values.GetInt(Leaves);
        options.MinimumExampleCountPerLeaf = values.GetInt(MinLeaf);
        options.FeatureFraction = values.Get(FeatureFraction);
        options.Seed = seed;
        options.NumberOfThreads = 1;
        return options;
    }
}

using System.Collections.Immutable;
using System.Globalization;

using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace Carbet.Modeling.Families;

/// <summary>Gradient-boosted trees by LightGBM, run on one thread so results repeat.</summary>
public sealed class LightGbmFamily : IModelFamily
{
    private static readonly HyperParameter Iterations = HyperParameter.LogInt("iterations", 50, 1000, 200);
    private static readonly HyperParameter Leaves = HyperParameter.LogInt("leaves", 4, 128, 31);
    private static readonly HyperParameter LearningRate = HyperParameter.LogFloat("learning_rate", 0.005, 0.3, 0.05);
    private static readonly HyperParameter MinLeaf = HyperParameter.LogInt("min_examples_per_leaf", 2, 100, 20);
    private static readonly HyperParameter FeatureFraction = HyperParameter.Float("feature_fraction", 0.4, 1, 1);
    private static readonly HyperParameter Subsample = HyperParameter.Float("subsample", 0.5, 1, 1);
    private static readonly HyperParameter L2 = HyperParameter.LogFloat("l2_regularization", 1e-3, 10, 0.01);
    private static readonly HyperParameter L1 = HyperParameter.LogFloat("l1_regularization", 1e-3, 10, 1e-3);

    /// <inheritdoc/>
    public string Name => "lightgbm";

    /// <inheritdoc/>
    public bool NeedsNormalization => false;

    /// <inheritdoc/>
    public bool HandlesMissingValues => true;

    /// <inheritdoc/>
    // the space of the usual gradient-boosting studies (trees, size, rate, row and column sampling, L1/L2): each
    // parameter matters on some data, and no slow booster (dart) is in it, so a trial costs at most 1,000 trees
    public SearchSpace Space { get; } = new([Iterations, Leaves, LearningRate, MinLeaf, FeatureFraction, Subsample, L2, L1]);

    /// <inheritdoc/>
    public bool SupportsExampleWeights => true;

    /// <inheritdoc/>
    /// <remarks>Slow learning with many trees and row and column sampling, as in the data-driven defaults of Probst, Boulesteix
    /// and Bischl (2019, "Tunability", JMLR 20:53) for boosted trees; a strongly regularised small-tree setting for small or
    /// noisy tables; a nearly additive one (trees of 4 leaves), where few interactions matter; and a fast, larger-tree
    /// setting for large ones.</remarks>
    public ImmutableArray<HyperParameters> Portfolio { get; } =
    [
        HyperParameters.Of((Iterations, 600), (Leaves, 31), (LearningRate, 0.02), (MinLeaf, 20), (FeatureFraction, 0.6), (Subsample, 0.85), (L2, 1), (L1, 1e-3)),
        HyperParameters.Of((Iterations, 400), (Leaves, 7), (LearningRate, 0.03), (MinLeaf, 50), (FeatureFraction, 0.5), (Subsample, 0.7), (L2, 10), (L1, 1)),
        HyperParameters.Of((Iterations, 300), (Leaves, 4), (LearningRate, 0.04), (MinLeaf, 20), (FeatureFraction, 0.75), (Subsample, 0.75), (L2, 2), (L1, 1e-3)),
        HyperParameters.Of((Iterations, 150), (Leaves, 63), (LearningRate, 0.1), (MinLeaf, 10), (FeatureFraction, 0.8), (Subsample, 1), (L2, 0.01), (L1, 1e-3)),
    ];

    /// <inheritdoc/>
    public IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed) => BuildTrainer(ml, values, seed, null);

    /// <inheritdoc/>
    public IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed, string? exampleWeightColumn)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(values);
        return ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = FamilyColumns.Label,
            FeatureColumnName = FamilyColumns.Features,
            ExampleWeightColumnName = exampleWeightColumn,
            NumberOfIterations = values.GetInt(Iterations),
            NumberOfLeaves = values.GetInt(Leaves),
            LearningRate = values.Get(LearningRate),
            MinimumExampleCountPerLeaf = values.GetInt(MinLeaf),
            Booster = new GradientBooster.Options
            {
                FeatureFraction = values.Get(FeatureFraction),
                SubsampleFraction = values.Get(Subsample),
                SubsampleFrequency = values.Get(Subsample) < 1 ? 1 : 0,
                L2Regularization = values.Get(L2),
                L1Regularization = values.Get(L1),
            },
            Seed = seed,
            Deterministic = true,
            NumberOfThreads = 1,
            Silent = true,
        });
    }

    /// <summary>The slope of the sigmoid that turns a raw score into a probability, ML.NET's default for LightGBM.</summary>
    internal const double Sigmoid = 0.5;

    /// <summary>The number of boosting iterations the values ask for.</summary>
    internal static int IterationsOf(HyperParameters values) => values.GetInt(Iterations);

    /// <summary>The LightGBM parameter string <see cref="BuildTrainer(MLContext, HyperParameters, int, string?)"/>'s trainer passes
    /// to the native library (ML.NET's defaults included: sigmoid 0.5, minimum child weight 0.1, 255 bins), for fitting
    /// through the C API with the same result.</summary>
    internal static string NativeParameters(HyperParameters values, int seed)
    {
        ArgumentNullException.ThrowIfNull(values);
        var subsample = values.Get(Subsample);
        (string Key, object Value)[] parameters =
        [
            ("boosting_type", "gbdt"), ("objective", "binary"), ("sigmoid", Sigmoid), ("scale_pos_weight", 1), ("metric", "binary_logloss"),
            ("learning_rate", values.Get(LearningRate)), ("num_leaves", values.GetInt(Leaves)), ("min_data_per_leaf", values.GetInt(MinLeaf)),
            ("feature_fraction", values.Get(FeatureFraction)), ("subsample", subsample), ("subsample_freq", subsample < 1 ? 1 : 0),
            ("reg_lambda", values.Get(L2)), ("reg_alpha", values.Get(L1)), ("min_split_gain", 0), ("max_depth", 0), ("min_child_weight", 0.1),
            ("max_bin", 255), ("use_missing", "true"), ("zero_as_missing", "false"), ("min_data_per_group", 100), ("max_cat_threshold", 32),
            ("cat_smooth", 10), ("cat_l2", 10), ("seed", seed), ("deterministic", "true"), ("nthread", 1), ("verbose", -1),
        ];
        return string.Join(' ', parameters.Select(p => $"{p.Key}={Convert.ToString(p.Value, CultureInfo.InvariantCulture)}"));
    }
}

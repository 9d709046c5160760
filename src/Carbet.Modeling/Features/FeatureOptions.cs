namespace Carbet.Modeling.Features;

/// <summary>How the columns of a training request become the model's features.</summary>
/// <remarks>carbet.yaml's <c>features:</c> section reads into this record; every knob has its default here.</remarks>
public sealed record FeatureOptions
{
    /// <summary>The defaults: one-hot up to 30 levels, target encoding above, no binning, no selection, automatic class weights.</summary>
    public static FeatureOptions Default { get; } = new();

    /// <value>The most distinct values a category column may have and still be one-hot encoded, 2 to 1000. The default is 30.</value>
    public int MaxOneHot { get; init; } = 30;

    /// <value>What is done to a category column with more distinct values than <see cref="MaxOneHot"/>. The default is target encoding.</value>
    public HighCardinalityEncoding HighCardinality { get; init; } = HighCardinalityEncoding.Target;

    /// <value>The number of folds inside the training rows from which target encodings are computed, 2 to 20. The default is 5.</value>
    public int TargetEncodingFolds { get; init; } = 5;

    /// <value>The weight, in rows, of the overall positive rate in a level's smoothed mean, above 0. The default is 20.</value>
    public double TargetEncodingPriorWeight { get; init; } = 20;

    /// <value>The number of bits of the hashed slots (2^bits slots) when hashing, 4 to 20. The default is 10.</value>
    public int HashBits { get; init; } = 10;

    /// <value>The number of quantile classes each numeric column is binned into; 0 leaves numbers as they are, else 2 to 1000. The default is 0.</value>
    public int Bins { get; init; }

    /// <value>How the positive rows are weighted. The default is <see cref="ClassWeighting.Auto"/>.</value>
    public ClassWeighting ClassWeights { get; init; } = ClassWeighting.Auto;

    /// <value>Under <see cref="ClassWeighting.Auto"/>, the positive share below which positives are weighted up, 0 to 0.5. The default is 0.2.</value>
    public double ImbalanceThreshold { get; init; } = 0.2;

    /// <value>Sensitive columns the project allows as features. The default is none: sensitive columns are audited, never learned from.</value>
    public System.Collections.Immutable.ImmutableArray<string> AllowSensitive { get; init; } = [];

    /// <value>Backward elimination of features by drop-column cross-validation; null skips it. The default is null.</value>
    public FeatureSelectionOptions? Selection { get; init; }
}

namespace Carbet.Modeling.Features;

/// <summary>What is done to a category column with too many distinct values to one-hot encode.</summary>
public enum HighCardinalityEncoding
{
    /// <summary>Out-of-fold smoothed positive rate of the level (see <see cref="FeatureOptions.TargetEncodingPriorWeight"/>).</summary>
    Target,

    /// <summary>One-hot encoding into a fixed number of hashed slots (see <see cref="FeatureOptions.HashBits"/>).</summary>
    Hash,
}

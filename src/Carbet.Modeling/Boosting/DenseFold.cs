namespace Carbet.Modeling.Boosting;

/// <summary>One fold's featurized training and held-out rows as matrices.</summary>
internal sealed record DenseFold(DenseRows Train, DenseRows Test)
{
    /// <summary>Whether a feature value is missing in either part.</summary>
    public bool HasMissing => Train.HasMissing || Test.HasMissing;

    /// <summary>The held-out rows' labels.</summary>
    public bool[] TestLabels { get; } = [.. Test.Labels.Select(l => l > 0)];
}

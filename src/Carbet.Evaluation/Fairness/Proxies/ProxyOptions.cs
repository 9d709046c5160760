namespace Carbet.Evaluation.Fairness;

/// <summary>Settings of <see cref="ProxyDetection.Rank"/>.</summary>
public sealed record ProxyOptions
{
    /// <summary>The number of folds of the out-of-fold model behind <see cref="ProxyScore.Auc"/>; at least 2.</summary>
    /// <value>The default is 5.</value>
    public int Folds { get; init; } = 5;

    /// <summary>Seeds the row sample (past <see cref="MaxRows"/>) and the fold assignment.</summary>
    /// <value>The default is 42.</value>
    public int Seed { get; init; } = 42;

    /// <summary>The number of quantile bins a numeric feature is cut into; tied edges merge bins. At least 2.</summary>
    /// <value>The default is 10.</value>
    public int NumericBins { get; init; } = 10;

    /// <summary>A feature whose out-of-fold AUC reaches this is a strong proxy.</summary>
    /// <value>The default is 0.7.</value>
    public double StrongAuc { get; init; } = 0.7;

    /// <summary>A feature whose Cramér's V reaches this is a strong proxy.</summary>
    /// <value>The default is 0.3.</value>
    public double StrongCramersV { get; init; } = 0.3;

    /// <summary>Inputs with more rows (with a sensitive value) are ranked on a seeded sample of this many; at least <see cref="Folds"/>.</summary>
    /// <value>The default is 100,000.</value>
    public int MaxRows { get; init; } = 100_000;
}

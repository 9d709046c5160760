namespace Carbet.Tuning.Spaces;

/// <summary>How a hyperparameter's values are spread.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The kinds users write in a search space.")]
public enum DistributionKind
{
    /// <summary>Whole numbers from low to high, in steps (1 unless set).</summary>
    Int,

    /// <summary>Real numbers from low to high, optionally in steps.</summary>
    Float,

    /// <summary>Positive real numbers from low to high, searched on a log scale.</summary>
    LogFloat,

    /// <summary>One of a list of choices; the value is the choice's index.</summary>
    Categorical,

    /// <summary>Whole numbers from low (at least 1) to high, searched on a log scale, as Optuna's <c>suggest_int(log=True)</c>.</summary>
    LogInt,
}

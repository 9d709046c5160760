namespace Carbet.Modeling.Families;

/// <summary>How a hyperparameter's values are spread.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Optuna's int/float/log-float names, which tuning configs use.")]
public enum HyperParameterKind
{
    /// <summary>Whole numbers from low to high.</summary>
    Int,

    /// <summary>Real numbers from low to high, uniformly.</summary>
    Float,

    /// <summary>Positive real numbers from low to high, uniformly on a log scale.</summary>
    LogFloat,

    /// <summary>One of a list of choices, stored as its index.</summary>
    Categorical,

    /// <summary>Whole numbers from low (at least 1) to high, uniformly on a log scale.</summary>
    LogInt,
}

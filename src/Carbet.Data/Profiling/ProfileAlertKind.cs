namespace Carbet.Data.Profiling;

/// <summary>What a profile alert is about.</summary>
public enum ProfileAlertKind
{
    /// <summary>Every value of the column is missing.</summary>
    Empty,

    /// <summary>The column holds a single value.</summary>
    Constant,

    /// <summary>A category column with very many distinct values.</summary>
    HighCardinality,

    /// <summary>Many values are missing.</summary>
    HighMissing,

    /// <summary>Rows repeat exactly, or an id repeats with different values.</summary>
    Duplicates,

    /// <summary>The column would not be known at prediction time, or predicts the target too well to be true.</summary>
    Leakage,

    /// <summary>The target's rarest class is rare.</summary>
    Imbalance,

    /// <summary>The column looks like a row key: every value distinct.</summary>
    Identifier,
}

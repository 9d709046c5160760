namespace Carbet.Data.Preparation;

/// <summary>How <see cref="HandleMissing"/> treats a missing value.</summary>
public enum MissingStrategy
{
    /// <summary>Drop the row.</summary>
    Drop,

    /// <summary>Fill with the median of the present values (numeric columns).</summary>
    Median,

    /// <summary>Fill with the most frequent value (ties: the first in ordinal order).</summary>
    Mode,

    /// <summary>Fill with <see cref="HandleMissing.Value"/>.</summary>
    Constant,
}

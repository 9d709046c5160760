namespace Carbet.Modeling.Features;

/// <summary>What the feature plan does to one input column.</summary>
public enum ColumnEncoding
{
    /// <summary>A number used as it is (scaled only for families that need it).</summary>
    Number,

    /// <summary>A number replaced by its quantile class.</summary>
    Binned,

    /// <summary>A category spread into one 0/1 slot per level seen in training.</summary>
    OneHot,

    /// <summary>A category replaced by the out-of-fold smoothed positive rate of its level.</summary>
    TargetEncoded,

    /// <summary>A category one-hot encoded into a fixed number of hashed slots.</summary>
    Hashed,

    /// <summary>A date split into year, month, day of week and, when times are present, hour.</summary>
    DateParts,
}

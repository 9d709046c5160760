namespace Carbet.Data.Preparation;

/// <summary>What <see cref="Outliers"/> does with a value outside the bounds.</summary>
public enum OutlierStrategy
{
    /// <summary>Replace it with the nearest bound.</summary>
    ClipQuantiles,

    /// <summary>Keep it, and mark the row in <c>&lt;name&gt;_outlier</c>.</summary>
    Flag,
}

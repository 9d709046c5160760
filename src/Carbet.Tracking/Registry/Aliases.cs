namespace Carbet.Tracking.Registry;

/// <summary>The aliases Carbet itself moves; users may add any other.</summary>
public static class Aliases
{
    /// <summary>The version in production: what the server loads by default.</summary>
    public const string Champion = "champion";

    /// <summary>A newer version waiting to be compared with the champion and promoted or not.</summary>
    public const string Challenger = "challenger";
}

namespace Carbet.Serving.Scoring;

/// <summary>The scores a person should look at before a decision is made: from <paramref name="Low"/> to
/// <paramref name="High"/>, both included (<c>review: { band: [low, high] }</c> in carbet.yaml).</summary>
public sealed record ReviewBand(double Low, double High)
{
    /// <summary>Whether the score falls inside the band.</summary>
    public bool Contains(double score) => score >= Low && score <= High;
}

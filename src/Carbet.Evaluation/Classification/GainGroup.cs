namespace Carbet.Evaluation.Classification;

/// <summary>One group (a decile by default) of rows ranked by descending score, for lift and cumulative gain charts.</summary>
/// <param name="Group">1 for the highest scores.</param>
/// <param name="Count">The rows in the group.</param>
/// <param name="Positives">The group's rows labelled 1.</param>
/// <param name="Lift">The group's positive rate over the overall positive rate.</param>
/// <param name="CumulativeShare">The share of rows in this group and those above it.</param>
/// <param name="CumulativeGain">The share of all positives captured by this group and those above it.</param>
/// <param name="CumulativeLift"><paramref name="CumulativeGain"/> over <paramref name="CumulativeShare"/>.</param>
public sealed record GainGroup(int Group, int Count, int Positives, double Lift, double CumulativeShare, double CumulativeGain, double CumulativeLift);

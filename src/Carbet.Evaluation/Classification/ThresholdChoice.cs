namespace Carbet.Evaluation.Classification;

/// <summary>A chosen decision threshold, the rule behind it and the rates it gives on the evaluation rows.</summary>
/// <param name="Threshold">Rows scoring at or above it are predicted positive.</param>
/// <param name="Rule">The rule that chose it.</param>
/// <param name="TruePositiveRate">The recall at the threshold.</param>
/// <param name="FalsePositiveRate">The false positive rate at the threshold.</param>
/// <param name="Description">One sentence saying why this threshold, for reports and model cards.</param>
public sealed record ThresholdChoice(double Threshold, ThresholdRule Rule, double TruePositiveRate, double FalsePositiveRate, string Description);

namespace Carbet.Evaluation.Classification;

/// <summary>DeLong's test that two models scored on the same rows have the same AUC.</summary>
/// <param name="AucA">The first model's AUC.</param>
/// <param name="AucB">The second model's AUC.</param>
/// <param name="Difference">AucA − AucB.</param>
/// <param name="StandardError">The standard error of the difference, from the paired DeLong covariance.</param>
/// <param name="Z">Difference over its standard error; 0 when both are 0.</param>
/// <param name="PValue">The two-sided normal p-value of <paramref name="Z"/>.</param>
public sealed record PairedAucTest(double AucA, double AucB, double Difference, double StandardError, double Z, double PValue);

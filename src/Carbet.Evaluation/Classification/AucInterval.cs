namespace Carbet.Evaluation.Classification;

/// <summary>The AUC with DeLong's variance (fast DeLong of Sun and Xu, midranks, ddof 1) and its 95% normal interval.</summary>
/// <param name="Auc">The AUC from midranks.</param>
/// <param name="Variance">S10/m + S01/n.</param>
/// <param name="StandardError">√<paramref name="Variance"/>.</param>
/// <param name="Lower">AUC − 1.96·SE, not clipped to [0, 1].</param>
/// <param name="Upper">AUC + 1.96·SE, not clipped to [0, 1].</param>
/// <param name="S10">Sample variance of the positives' placement values.</param>
/// <param name="S01">Sample variance of the negatives' placement values.</param>
public sealed record AucInterval(double Auc, double Variance, double StandardError, double Lower, double Upper, double S10, double S01);

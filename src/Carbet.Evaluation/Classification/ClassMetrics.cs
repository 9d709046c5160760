namespace Carbet.Evaluation.Classification;

/// <summary>One class's metrics in a multiclass evaluation; a ratio with denominator 0 is 0.</summary>
/// <param name="Class">The class index.</param>
/// <param name="Precision">C[k][k] over the rows predicted k.</param>
/// <param name="Recall">C[k][k] over the rows whose true class is k.</param>
/// <param name="F1">2·P·R/(P + R).</param>
/// <param name="Support">The rows whose true class is k.</param>
/// <param name="RocAucOneVsRest">The binary AUC of (y == k) against the probability of k.</param>
public sealed record ClassMetrics(int Class, double Precision, double Recall, double F1, long Support, double RocAucOneVsRest);

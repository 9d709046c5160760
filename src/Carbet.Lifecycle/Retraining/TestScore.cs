using Carbet.Evaluation.Classification;

namespace Carbet.Lifecycle.Retraining;

/// <summary>How one model scored the test rows of the newest prepared data.</summary>
/// <param name="Auc">The ROC AUC.</param>
/// <param name="AucLower">The lower end of DeLong's 95% interval; null with fewer than two rows of a class.</param>
/// <param name="AucUpper">The upper end of that interval.</param>
public sealed record TestScore(double Auc, double? AucLower, double? AucUpper, double AveragePrecision, double? LogLoss, double? Brier)
{
    internal static TestScore Of(BinaryEvaluation test) =>
        new(test.RocAuc, test.DeLong?.Lower, test.DeLong?.Upper, test.AveragePrecision, test.LogLoss, test.Brier);
}

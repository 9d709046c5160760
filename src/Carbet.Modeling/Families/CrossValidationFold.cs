namespace Carbet.Modeling.Families;

/// <summary>One fold of a cross-validation: a model fitted on the other folds and scored on this one.</summary>
/// <param name="Index">The fold number, from 0.</param>
/// <param name="TestPositives">How many of the fold's rows are positive.</param>
/// <param name="Auc">The area under the ROC curve on the fold's rows.</param>
public sealed record CrossValidationFold(int Index, long TrainRows, long TestRows, long TestPositives, double Auc, TimeSpan FitTime)
{
    /// <summary>The share of the fold's rows that are positive.</summary>
    public double PositiveShare => TestRows == 0 ? 0 : (double)TestPositives / TestRows;
}

namespace Carbet.Modeling.Curves;

/// <summary>The names of the curves that training computes; TensorBoard groups them by the part before the <c>/</c>.</summary>
public static class CurveNames
{
    /// <summary>The AUC of each cross-validation fold's model on that fold's held-out rows, by fold index.</summary>
    public const string FoldAuc = "folds/cv_auc";

    /// <summary>The macro-F1 of each multiclass cross-validation fold's model on that fold's held-out rows, by fold index.</summary>
    public const string FoldMacroF1 = "folds/cv_macro_f1";

    /// <summary>The log loss of each multiclass cross-validation fold's model on that fold's held-out rows, by fold index.</summary>
    public const string FoldLogLoss = "folds/cv_log_loss";

    /// <summary>The RMSE of each regression cross-validation fold's model on that fold's held-out rows, by fold index.</summary>
    public const string FoldRmse = "folds/cv_rmse";

    /// <summary>The mean absolute error of each regression fold's model on that fold's held-out rows, by fold index.</summary>
    public const string FoldMae = "folds/cv_mae";

    /// <summary>The R² of each regression fold's model on that fold's held-out rows, by fold index.</summary>
    public const string FoldR2 = "folds/cv_r2";

    /// <summary>The mean over folds of the held-out log loss after each boosting iteration.</summary>
    public const string CvLogLoss = "iterations/cv_log_loss";

    /// <summary>The mean over folds of the held-out AUC after each boosting iteration.</summary>
    public const string CvAuc = "iterations/cv_auc";

    /// <summary>Held-out RMSE of a boosted regression model by number of trees, averaged over the folds.</summary>
    public const string CvRmse = "iterations/cv_rmse";

    /// <summary>The log loss after each boosting iteration on the rows given to <see cref="BoostingCurves.Compute"/>.</summary>
    public const string LogLoss = "iterations/log_loss";

    /// <summary>The AUC after each boosting iteration on the rows given to <see cref="BoostingCurves.Compute"/>.</summary>
    public const string Auc = "iterations/auc";

    /// <summary>A tuning study's objective value, by trial number.</summary>
    public const string TuningValue = "tuning/value";

    /// <summary>A tuning study's best objective value so far, by trial number.</summary>
    public const string TuningBestValue = "tuning/best_value";
}

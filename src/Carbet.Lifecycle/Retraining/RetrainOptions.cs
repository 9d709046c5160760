namespace Carbet.Lifecycle.Retraining;

/// <summary>What <c>carbet retrain</c> starts from and how it records the result.</summary>
public sealed record RetrainOptions
{
    /// <summary>The alias the new version gets; champion never moves here.</summary>
    public const string ChallengerAlias = "challenger";

    /// <value>The parent version: an alias (<c>champion</c>, <c>challenger</c>, ...) or a version number. The default is <c>champion</c>.</value>
    public string From { get; init; } = "champion";

    /// <value>The registered model to retrain. The default, null, is the project's name.</value>
    public string? Model { get; init; }

    /// <value>Cross-validation folds on the training rows, 2 to 20. The default, null, is the project's <c>training.folds</c>, else 5.</value>
    public int? Folds { get; init; }

    /// <value>Who moves the challenger alias, for the audit log. The default is the user name of the process.</value>
    public string Actor { get; init; } = Environment.UserName;
}

using System.Collections.Immutable;

using Carbet.Lifecycle.Project;

namespace Carbet.Lifecycle.Training;

/// <summary>What <c>carbet train</c> compares and how.</summary>
public sealed record TrainOptions
{
    /// <value>The model families to compare, by name. The default is one trainer per kind of model: logistic (linear),
    /// lightgbm (boosted trees), forest (bagged trees), mlp (a neural network, where libtorch loads) and baseline (the prior).
    /// fasttree and sdca, a second trainer of boosted trees and of the linear model, are compared when named.</value>
    public ImmutableArray<string> Families { get; init; } = ["logistic", "lightgbm", "forest", .. Modeling.Families.MlpFamily.Unavailable is null ? (string[])["mlp"] : [], "baseline"];

    /// <value>The number of cross-validation folds on the training rows (stratified, or time-ordered when the project has data.time), 2 to 20. The default is 5.</value>
    public int Folds { get; init; } = 5;

    /// <value>The tuning budget of the best family; null takes the project's <c>training.tuning</c> (40 trials, 10 minutes by default).</value>
    public TuningSection? Tuning { get; init; }

    /// <value>Train and test only on the rows whose data.time is before this date (UTC); later rows play production. The default is null: every row, split as data prepare split them.</value>
    public DateTime? KnownBefore { get; init; }

    /// <value>The alias to point at the new version. The default is null: <c>challenger</c>, or <c>champion</c> when the model has none.</value>
    public string? Alias { get; init; }

    /// <value>More parameters for the train run, recorded with its own before any fit (e.g. how the data was made). The default is none.</value>
    public ImmutableSortedDictionary<string, string> ExtraParams { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <value>Local files to attach to the train run, by their path among its artifacts. The default is none.</value>
    public ImmutableSortedDictionary<string, string> ExtraFiles { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <value>Who the alias change is recorded for. The default is the operating-system user.</value>
    public string Actor { get; init; } = Environment.UserName;
}

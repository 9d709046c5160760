using System.Collections.Immutable;

using Carbet.Lifecycle.Project;

namespace Carbet.Lifecycle.Training;

/// <summary>What <c>carbet train</c> compares and how.</summary>
public sealed record TrainOptions
{
    /// <value>The model families to compare, by name. The default is logistic, lightgbm, fasttree, forest, sdca, mlp where libtorch loads, and baseline.</value>
    public ImmutableArray<string> Families { get; init; } = ["logistic", "lightgbm", "fasttree", "forest", "sdca", .. Modeling.Families.MlpFamily.Unavailable is null ? (string[])["mlp"] : [], "baseline"];

    /// <value>The number of cross-validation folds on the training rows (stratified, or time-ordered when the project has data.time), 2 to 20. The default is 5.</value>
    public int Folds { get; init; } = 5;

    /// <value>The tuning budget of the best family; null takes the project's <c>training.tuning</c> (40 trials, 10 minutes by default).</value>
    public TuningSection? Tuning { get; init; }
}

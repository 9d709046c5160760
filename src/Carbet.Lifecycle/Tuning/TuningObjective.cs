using System.Collections.Immutable;

using Carbet.Modeling.Families;
using Carbet.Tuning.Storage;

namespace Carbet.Lifecycle.Tuning;

/// <summary>What a study tunes: a family's name, its hyperparameters and the settings tried right after its defaults.</summary>
internal sealed record TunedFamily(string Name, SearchSpace Space, ImmutableArray<HyperParameters> Portfolio)
{
    /// <summary>Every parameter of the space: the given values, else the defaults; a value out of range is refused.</summary>
    public HyperParameters Complete(HyperParameters given)
    {
        given.Validate(Name, Space);
        return new HyperParameters(HyperParameters.Default(Space).Values.SetItems(given.Values));
    }
}

/// <summary>The mean score of some folds: all of them, or those run before the pruner stopped the trial.</summary>
internal sealed record FoldedScore(double Mean, int FoldsRun);

/// <summary>What a study optimises: a cross-validated score, fold by fold, so the pruner can read the running mean.</summary>
/// <param name="Metric">The score as people read it: AUC, macro-F1, RMSE.</param>
/// <param name="Direction">Maximize for AUC and macro-F1, minimize for RMSE.</param>
/// <param name="Folds">The folds of the cross-validation.</param>
/// <param name="Method">How rows were assigned to folds.</param>
/// <param name="Evaluate">Cross-validates values; after each fold it is told the fold number and the running mean, and
/// stops when told true.</param>
internal sealed record TuningObjective(string Metric, StudyDirection Direction, int Folds, string Method,
    Func<HyperParameters, Func<int, double, bool>, CancellationToken, FoldedScore> Evaluate)
{
    /// <summary>Mean AUC of a binary family on a session's folds.</summary>
    public static TuningObjective Auc(CrossValidationSession session, IModelFamily family) =>
        new("AUC", StudyDirection.Maximize, session.Folds, session.Method, (values, afterFold, ct) =>
        {
            var cv = session.Evaluate(family, values, afterFold, ct);
            return new FoldedScore(cv.MeanAuc, cv.Folds.Length);
        });

    /// <summary>A binary family as a study sees it.</summary>
    public static TunedFamily Tuned(IModelFamily family) => new(family.Name, family.Space, family.Portfolio);
}

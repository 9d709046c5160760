using Carbet.Core;
using Carbet.Lifecycle.Training;
using Carbet.Modeling.Tasks;
using Carbet.Tuning.Storage;

namespace Carbet.Lifecycle.Tuning;

/// <summary>The objective of a multiclass or regression study: the score the selection rule ranks by (macro-F1, to
/// maximise; RMSE, to minimise), averaged over the same folds as the leaderboard's cross-validation.</summary>
internal static class TaskTuningObjective
{
    public static TuningObjective Of(CarbetContext context, TaskTrainingRequest request, ITaskFamily family, int folds)
    {
        var trainer = new TaskTrainer(context);
        var regression = request.Task == TaskKind.Regression;
        var method = request.TimeColumn is not null ? "time-ordered" : regression ? "random" : "stratified";
        return new TuningObjective(TaskSelectionRule.Metric(request.Task), regression ? StudyDirection.Minimize : StudyDirection.Maximize, folds, method,
            (values, afterFold, ct) =>
            {
                var scores = new List<double>();
                trainer.CrossValidate(request, family, values, folds, ct, fold =>
                {
                    scores.Add(TaskOutcome.FoldScore(request.Task, fold.Predictions));
                    return afterFold(fold.Index, scores.Average());
                });
                return new FoldedScore(scores.Average(), scores.Count);
            });
    }

    /// <summary>A task family as a study sees it: no portfolio yet, so the sampler starts right after the defaults.</summary>
    public static TunedFamily Tuned(ITaskFamily family) => new(family.Name, family.Space, family.Portfolio);
}

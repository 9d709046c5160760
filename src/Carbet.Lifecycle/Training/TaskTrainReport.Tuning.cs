using Carbet.Core.Reports;
using Carbet.Modeling.Tasks;

namespace Carbet.Lifecycle.Training;

internal static partial class TaskTrainReport
{
    // every hyperparameter of the chosen model, tuned or not, then the study that tuned one family
    private static IEnumerable<ReportSection> TuningSections(TaskTrainSummary summary, TaskOutcome winner) =>
        HyperParameterReport.Sections(summary.Winner.Label, TaskFamilies.Get(summary.Task, winner.Family).Space, winner.Fit.Parameters, summary.Tuning);

    private static Dictionary<string, string> Hyperparameters(TaskTrainSummary summary, TaskOutcome winner) =>
        HyperParameterReport.Values(TaskFamilies.Get(summary.Task, winner.Family).Space, winner.Fit.Parameters);
}

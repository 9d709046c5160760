using Carbet.Core.Reports;
using Carbet.Modeling.Families;

namespace Carbet.Lifecycle.Training;

internal static partial class TrainReport
{
    // every hyperparameter of the chosen model, tuned or not, then the study that tuned one family
    private static IEnumerable<ReportSection> TuningSections(TrainSummary summary, FamilyOutcome winner) =>
        HyperParameterReport.Sections(winner.Label ?? winner.Family, ModelFamilies.Get(winner.Family).Space, winner.Fit.Parameters, summary.Tuning);

    private static Dictionary<string, string> Hyperparameters(FamilyOutcome winner) =>
        HyperParameterReport.Values(ModelFamilies.Get(winner.Family).Space, winner.Fit.Parameters);
}

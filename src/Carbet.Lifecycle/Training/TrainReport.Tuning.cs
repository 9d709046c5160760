using System.Collections.Immutable;

using Carbet.Core.Reports;
using Carbet.Lifecycle.Tuning;
using Carbet.Modeling.Families;

namespace Carbet.Lifecycle.Training;

internal static partial class TrainReport
{
    // every hyperparameter of the chosen model, tuned or not, then the study that tuned one family
    private static IEnumerable<ReportSection> TuningSections(TrainSummary summary, FamilyOutcome winner)
    {
        var family = ModelFamilies.Get(winner.Family);
        var values = winner.Fit.Parameters;
        yield return new ReportSection($"Hyperparameters of the chosen model ({winner.Label ?? winner.Family})",
            family.Space.Parameters.IsEmpty
                ? [new ParagraphBlock($"{family.Name} has no hyperparameter.")]
                : [new TableBlock(["Hyperparameter", "Value", "Default", "Range"],
                    [.. family.Space.Parameters.Select(p => ImmutableArray.Create(p.Name, TuningRecords.Describe(p, values.Get(p)), TuningRecords.Describe(p, p.Default), Range(p)))])]);
        if (summary.Tuning is { } tuning)
        {
            foreach (var section in TuningReport.Sections(tuning, ModelFamilies.Get(tuning.Family)))
                yield return section;
        }
    }

    private static Dictionary<string, string> Hyperparameters(FamilyOutcome winner) =>
        ModelFamilies.Get(winner.Family).Space.Parameters.ToDictionary(p => p.Name, p => TuningRecords.Describe(p, winner.Fit.Parameters.Get(p)));

    private static string Range(HyperParameter p) => p.Kind switch
    {
        HyperParameterKind.Categorical => string.Join(" | ", p.Choices),
        HyperParameterKind.LogFloat => $"{TuningRecords.Describe(p, p.Low)} to {TuningRecords.Describe(p, p.High)} (log)",
        _ => $"{TuningRecords.Describe(p, p.Low)} to {TuningRecords.Describe(p, p.High)}",
    };
}

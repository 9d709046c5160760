using System.Collections.Immutable;

using Carbet.Core.Reports;
using Carbet.Lifecycle.Tuning;
using Carbet.Modeling.Families;

namespace Carbet.Lifecycle.Training;

/// <summary>Every hyperparameter of a chosen model, tuned or not, with its default and range; then the study that tuned
/// one family, when there was one. Shared by the binary and the multiclass and regression train reports.</summary>
internal static class HyperParameterReport
{
    public static IEnumerable<ReportSection> Sections(string label, SearchSpace space, HyperParameters values, TuningOutcome? tuning)
    {
        yield return new ReportSection($"Hyperparameters of the chosen model ({label})",
            space.Parameters.IsEmpty
                ? [new ParagraphBlock($"{label} has no hyperparameter.")]
                : [new TableBlock(["Hyperparameter", "Value", "Default", "Range"],
                    [.. space.Parameters.Select(p => ImmutableArray.Create(p.Name, TuningRecords.Describe(p, values.Get(p)), TuningRecords.Describe(p, p.Default), Range(p)))])]);
        if (tuning is not null)
        {
            foreach (var section in TuningReport.Sections(tuning))
                yield return section;
        }
    }

    /// <summary>The values by name, as the JSON report gives them.</summary>
    public static Dictionary<string, string> Values(SearchSpace space, HyperParameters values) =>
        space.Parameters.ToDictionary(p => p.Name, p => TuningRecords.Describe(p, values.Get(p)));

    private static string Range(HyperParameter p) => p.Kind switch
    {
        HyperParameterKind.Categorical => string.Join(" | ", p.Choices),
        HyperParameterKind.LogFloat or HyperParameterKind.LogInt => $"{TuningRecords.Describe(p, p.Low)} to {TuningRecords.Describe(p, p.High)} (log)",
        _ => $"{TuningRecords.Describe(p, p.Low)} to {TuningRecords.Describe(p, p.High)}",
    };
}

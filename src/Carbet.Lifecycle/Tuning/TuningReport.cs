using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

using Carbet.Core.Reports;
using Carbet.Lifecycle.DataSteps;
using Carbet.Modeling.Families;

namespace Carbet.Lifecycle.Tuning;

/// <summary>A study as report sections (for <c>carbet tune</c> and the tuning part of <c>carbet train</c>) and as JSON.</summary>
internal static class TuningReport
{
    public static ImmutableArray<ReportSection> Sections(TuningOutcome outcome, IModelFamily family)
    {
        var curves = TuningRecords.Curves(outcome);
        var sections = ImmutableArray.CreateBuilder<ReportSection>();
        sections.Add(new ReportSection($"Tuning {outcome.Family}", [
            new ParagraphBlock(TuningText.Sentence(outcome)),
            new LineChartBlock("Cross-validated AUC by trial", "trial", "mean CV AUC",
                [.. curves.Select(c => new LineSeries(c.Name, [.. c.Points.Select(p => new ChartPoint(p.Step, p.Value))]))]),
        ]));
        sections.Add(new ReportSection("Chosen hyperparameters", [new TableBlock(["Hyperparameter", "Value", "Default"],
            [.. family.Space.Parameters.Select(p => ImmutableArray.Create(p.Name, TuningRecords.Describe(p, outcome.Best.Get(p)), TuningRecords.Describe(p, p.Default)))])]));
        if (!outcome.Importance.IsEmpty)
        {
            sections.Add(new ReportSection("Hyperparameter importance", [
                new ParagraphBlock("Each hyperparameter's share of the variation of the objective across complete trials (mean decrease in impurity of a random forest fitted to the trials, as Optuna's evaluator of that name)."),
                new BarChartBlock("Importance", [.. outcome.Importance.Select(i => i.Name)], [.. outcome.Importance.Select(i => i.Importance)]),
            ]));
        }
        sections.Add(new ReportSection("Trials", [new TableBlock(["#", "State", "CV AUC", "Values", "Worker", "Note"],
            [.. outcome.Trials.Select(t => ImmutableArray.Create(t.Number.ToString(CultureInfo.InvariantCulture), t.State.ToString(),
                t.Value is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "",
                string.Join(", ", t.Parameters.Select(p => $"{p.Key}={Value(family, p.Key, p.Value)}")), t.Worker ?? "", t.Message ?? ""))])]));
        return sections.ToImmutable();
    }

    public static object Json(TuningOutcome outcome, IModelFamily family) => new
    {
        study = outcome.Study,
        family = outcome.Family,
        stop_reason = outcome.Run.Reason.ToString().ToLowerInvariant(),
        note = outcome.Run.Note,
        best_cv_auc = outcome.BestCv.MeanAuc,
        best = family.Space.Parameters.ToDictionary(p => p.Name, p => TuningRecords.Describe(p, outcome.Best.Get(p))),
        importance = outcome.Importance.ToDictionary(i => i.Name, i => i.Importance),
        trials = outcome.Trials.Select(t => new
        {
            number = t.Number,
            state = t.State.ToString().ToLowerInvariant(),
            value = t.Value,
            parameters = t.Parameters,
            intermediate = t.IntermediateValues.ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => p.Value),
            worker = t.Worker,
            message = t.Message,
        }),
    };

    public static string JsonText(TuningOutcome outcome, IModelFamily family) => JsonSerializer.Serialize(Json(outcome, family), ReportJson.Options);

    private static string Value(IModelFamily family, string name, double value) =>
        family.Space.Find(name) is { } p ? TuningRecords.Describe(p, value) : value.ToString("R", CultureInfo.InvariantCulture);
}

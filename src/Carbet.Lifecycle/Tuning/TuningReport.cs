using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

using Carbet.Core.Reports;
using Carbet.Lifecycle.DataSteps;

namespace Carbet.Lifecycle.Tuning;

/// <summary>A study as report sections (for <c>carbet tune</c> and the tuning part of <c>carbet train</c>) and as JSON.</summary>
internal static class TuningReport
{
    public static ImmutableArray<ReportSection> Sections(TuningOutcome outcome)
    {
        var curves = TuningRecords.Curves(outcome);
        var sections = ImmutableArray.CreateBuilder<ReportSection>();
        sections.Add(new ReportSection($"Tuning {outcome.Family}", [
            new ParagraphBlock(TuningText.Sentence(outcome)),
            new LineChartBlock($"Cross-validated {outcome.Metric} by trial", "trial", $"mean CV {outcome.Metric}",
                [.. curves.Select(c => new LineSeries(c.Name, [.. c.Points.Select(p => new ChartPoint(p.Step, p.Value))]))]),
        ]));
        sections.Add(new ReportSection("Chosen hyperparameters", [new TableBlock(["Hyperparameter", "Value", "Default"],
            [.. outcome.Space.Parameters.Select(p => ImmutableArray.Create(p.Name, TuningRecords.Describe(p, outcome.Best.Get(p)), TuningRecords.Describe(p, p.Default)))])]));
        if (!outcome.Importance.IsEmpty)
        {
            sections.Add(new ReportSection("Hyperparameter importance", [
                new ParagraphBlock("Each hyperparameter's share of the variation of the objective across complete trials (mean decrease in impurity of a random forest fitted to the trials, as Optuna's evaluator of that name)."),
                new BarChartBlock("Importance", [.. outcome.Importance.Select(i => i.Name)], [.. outcome.Importance.Select(i => i.Importance)]),
            ]));
        }
        sections.Add(new ReportSection("Trials", [new TableBlock(["#", "State", $"CV {outcome.Metric}", "Values", "Worker", "Note"],
            [.. outcome.Trials.Select(t => ImmutableArray.Create(t.Number.ToString(CultureInfo.InvariantCulture), t.State.ToString(),
                t.Value is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "",
                string.Join(", ", t.Parameters.Select(p => $"{p.Key}={Value(outcome, p.Key, p.Value)}")), t.Worker ?? "", t.Message ?? ""))])]));
        return sections.ToImmutable();
    }

    public static object Json(TuningOutcome outcome) => new
    {
        study = outcome.Study,
        family = outcome.Family,
        stop_reason = outcome.Run.Reason.ToString().ToLowerInvariant(),
        note = outcome.Run.Note,
        metric = outcome.Metric,
        higher_is_better = outcome.HigherIsBetter,
        best_cv_value = outcome.BestValue,
        best = outcome.Space.Parameters.ToDictionary(p => p.Name, p => TuningRecords.Describe(p, outcome.Best.Get(p))),
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

    public static string JsonText(TuningOutcome outcome) => JsonSerializer.Serialize(Json(outcome), ReportJson.Options);

    private static string Value(TuningOutcome outcome, string name, double value) =>
        outcome.Space.Find(name) is { } p ? TuningRecords.Describe(p, value) : value.ToString("R", CultureInfo.InvariantCulture);
}

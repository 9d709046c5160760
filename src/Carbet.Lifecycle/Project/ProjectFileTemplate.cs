using System.Collections.Immutable;
using System.Globalization;
using System.Text;

using Carbet.Core;

namespace Carbet.Lifecycle.Project;

/// <summary>What <c>carbet init</c> learned from the data, to fill carbet.yaml.</summary>
public sealed record ProjectGuess(string Name, string Source, string Target, TaskKind Task, TableSchema Schema)
{
    /// <value>The positive class of a binary target (the rarer one).</value>
    public string? Positive { get; init; }

    /// <value>The identifier-like column, if one was found.</value>
    public string? Id { get; init; }

    /// <value>The first date column, if any.</value>
    public string? Time { get; init; }

    /// <value>Columns whose names suggest a sensitive attribute.</value>
    public ImmutableArray<string> Sensitive { get; init; } = [];
}

/// <summary>Writes a commented carbet.yaml, the use-case canvas first, that <see cref="ProjectFileLoader"/> reads back.</summary>
public static class ProjectFileTemplate
{
    /// <summary>The YAML text.</summary>
    public static string Render(ProjectGuess guess)
    {
        ArgumentNullException.ThrowIfNull(guess);
        var y = new StringBuilder();
        y.AppendLine("# carbet.yaml: the project file. Every Carbet command reads it; unknown keys are errors.");
        y.AppendLine(CultureInfo.InvariantCulture, $"name: {Quote(guess.Name)}");
        y.AppendLine();
        y.AppendLine("# The use-case canvas (C1): fill it in with the people who own the need before going further.");
        y.AppendLine("usecase:");
        y.AppendLine("  need: \"\"          # the business question, e.g. Which applications are likely to default within 12 months?");
        y.AppendLine("  users: \"\"         # who uses the result, e.g. credit analysts");
        y.AppendLine("  decision: \"\"      # the decision it supports, e.g. an analyst reviews risky applications (no automatic refusal)");
        y.AppendLine(CultureInfo.InvariantCulture, $"  result: {(guess.Task == TaskKind.Regression ? "value" : "probability")}   # probability | label | value");
        y.AppendLine("  constraints:       # operational limits");
        y.AppendLine("    max_latency_ms: \"50\"");
        y.AppendLine("    data_access: \"\"  # e.g. nightly export of the loan system");
        y.AppendLine("    cost: \"\"         # e.g. budget per month for hosting");
        y.AppendLine();
        y.AppendLine("data:");
        y.AppendLine(CultureInfo.InvariantCulture, $"  source: {Quote(guess.Source)}   # a CSV or Parquet file, or sql: {{connection: ..., query: ...}}");
        y.AppendLine(CultureInfo.InvariantCulture, $"  target: {Quote(guess.Target)}");
        if (guess.Positive is not null)
            y.AppendLine(CultureInfo.InvariantCulture, $"  positive: {Quote(guess.Positive)}   # the class the model scores (the rarer one)");
        AppendOptional(y, "id", guess.Id, "the column that names a row");
        AppendOptional(y, "time", guess.Time, "a date column: enables time-ordered splits and drift windows");
        y.AppendLine(CultureInfo.InvariantCulture, $"  sensitive: [{string.Join(", ", guess.Sensitive.Select(Quote))}]   # audited for bias; not used as features unless allowed");
        y.AppendLine("  exclude: []        # columns never used as features, e.g. known leakage");
        y.AppendLine("  alternatives: []   # other sources to use when this one is missing");
        y.AppendLine("  types:             # inferred column kinds; change one to override inference");
        foreach (var column in guess.Schema.Columns)
            y.AppendLine(CultureInfo.InvariantCulture, $"    {Quote(column.Name)}: {column.Kind.ToString().ToLowerInvariant()}");
        y.AppendLine();
        y.AppendLine(CultureInfo.InvariantCulture, $"task: {guess.Task.ToString().ToLowerInvariant()}   # binary | multiclass | regression");
        y.AppendLine();
        y.AppendLine("# validation: expectations checked by 'carbet data validate'; 'carbet data validate --suggest' writes some.");
        y.AppendLine("# preparation: category_mappings {column: {variant: canonical}}, unit_fixes [{column, above, divide_by} or {column, below, multiply_by}], split {validation, test} or {column: a column saying train|validation|test},");
        y.AppendLine("#   missing: impute | drop, outliers: clip | flag | none.");
        y.AppendLine("# features: how 'carbet train' turns columns into features; every key is optional, the defaults are shown.");
        y.AppendLine("#   max_onehot: 30                 # categories with at most this many levels are one-hot encoded");
        y.AppendLine("#   high_cardinality: target       # above it: target (out-of-fold smoothed positive rate) | hash");
        y.AppendLine("#   target_encoding_folds: 5       # folds inside the training rows for target encoding");
        y.AppendLine("#   prior_weight: 20               # rows' worth of the overall rate in a level's smoothed rate");
        y.AppendLine("#   hash_bits: 10                  # 2^bits hashed slots when high_cardinality is hash");
        y.AppendLine("#   binning: 0                     # 0 keeps numbers; 2 to 1000 bins them into quantile classes");
        y.AppendLine("#   class_weights: auto            # auto (balanced when positives are under imbalance_threshold) | none | balanced");
        y.AppendLine("#   imbalance_threshold: 0.2");
        y.AppendLine("#   allow_sensitive: []            # columns of data.sensitive the model may learn from");
        y.AppendLine("#   selection: { tolerance: 0.001, candidates: 5 }   # drop features costing less CV AUC than the tolerance; absent: off");
        y.AppendLine("datasheet:");
        y.AppendLine("  owner: \"\"");
        y.AppendLine("  motivation: \"\"");
        y.AppendLine("  collection: \"\"");
        y.AppendLine("  intended_uses: []");
        y.AppendLine("  uses_to_avoid: []");
        y.AppendLine("  retention: \"\"     # e.g. 5 years after the end of the contract");
        y.AppendLine("  refresh: \"\"       # e.g. monthly");
        y.AppendLine("  approvers: [sponsor, legal, dpo]");
        return y.ToString();
    }

    private static void AppendOptional(StringBuilder y, string key, string? value, string comment) =>
        y.AppendLine(value is null
            ? $"  # {key}:           # {comment}"
            : $"  {key}: {Quote(value)}   # {comment}");

    private static string Quote(string text) => YamlText.Quote(text);
}

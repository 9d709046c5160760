using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Modeling.Features;

namespace Carbet.Lifecycle.Project;

/// <summary>A project as carbet.yaml declares it: the use case, the data, the task and what each step needs.</summary>
/// <param name="Path">The file it was read from; relative data paths resolve from its folder.</param>
public sealed record ProjectFile(string Path, string Name, UseCaseCanvas UseCase, DataSection Data, TaskKind Task)
{
    /// <value>Costs of errors that pick the decision threshold. The default is none.</value>
    public ErrorCosts? Costs { get; init; }

    /// <value>Data expectations for <c>carbet data validate</c>, each as its YAML keys and values.</value>
    public ImmutableArray<ExpectationSpec> Expectations { get; init; } = [];

    /// <value>Choices for <c>carbet data prepare</c>. The default prepares with the suggested recipe.</value>
    public PreparationSection Preparation { get; init; } = new();

    /// <value>What the datasheet says beyond what the data shows.</value>
    public DatasheetSection Datasheet { get; init; } = new();

    /// <value>Which model families <c>carbet train</c> compares and how it tunes them.</value>
    public TrainingSection Training { get; init; } = new();

    /// <value>The grid territory whose carbon intensity converts training energy to CO2e (<c>energy.territory</c>). The default is null: the world average.</value>
    public string? EnergyTerritory { get; init; }

    /// <value>How columns become features for <c>carbet train</c>. The default is <see cref="FeatureOptions.Default"/>.</value>
    public FeatureOptions Features { get; init; } = FeatureOptions.Default;

    /// <value>The scores a person reviews before a decision (<c>review.band</c>). The default, null, has no band.</value>
    public ReviewSection? Review { get; init; }

    /// <summary>The folder of the project file.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) ?? ".";
}

/// <summary>The use-case canvas of C1: the need, who uses the result, the decision, the result and the limits.</summary>
public sealed record UseCaseCanvas(string Need, string Users, string Decision, string Result)
{
    /// <value>Operational constraints: latency, data access, cost.</value>
    public ImmutableSortedDictionary<string, string> Constraints { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}

/// <summary>A source of rows: a file (CSV or Parquet) or a SQL query.</summary>
/// <param name="Path">The file, resolved from the project folder; null for a query.</param>
/// <param name="Connection">The SQL connection string; null for a file.</param>
public sealed record SourceSpec(string? Path, string? Connection, string? Query, int Line)
{
    /// <summary>For people: the path, or the query.</summary>
    public override string ToString() => Path ?? $"sql: {Query}";
}

/// <summary>The data section: where the rows are and what the columns mean.</summary>
public sealed record DataSection(SourceSpec Source, string Target)
{
    /// <value>The positive class of a binary target, as written in the data.</value>
    public string? Positive { get; init; }

    /// <value>The column that names a row.</value>
    public string? Id { get; init; }

    /// <value>The date column that orders rows in time.</value>
    public string? Time { get; init; }

    /// <value>Sensitive attributes: audited, not used as features unless allowed.</value>
    public ImmutableArray<string> Sensitive { get; init; } = [];

    /// <value>Columns never used as features (known leakage, post-outcome data).</value>
    public ImmutableArray<string> Exclude { get; init; } = [];

    /// <value>Column kinds that override inference.</value>
    public ImmutableSortedDictionary<string, ColumnKind> Types { get; init; } = ImmutableSortedDictionary<string, ColumnKind>.Empty;

    /// <value>Other sources that could serve when this one is missing.</value>
    public ImmutableArray<SourceSpec> Alternatives { get; init; } = [];

    /// <value>Values that mean "missing" besides blanks; null keeps the loader's defaults.</value>
    public ImmutableArray<string>? MissingTokens { get; init; }
}

/// <summary>The review band: scores from <paramref name="Low"/> to <paramref name="High"/>, both included, go to a person.</summary>
public sealed record ReviewSection(double Low, double High);

/// <summary>The cost of each kind of error, in the business's unit.</summary>
public sealed record ErrorCosts(double FalseNegative, double FalsePositive);

/// <summary>One expectation as written: its type, the line it is on, and its other keys.</summary>
public sealed record ExpectationSpec(string Type, int Line, ImmutableSortedDictionary<string, object> Arguments);

/// <summary>Preparation choices in carbet.yaml.</summary>
public sealed record PreparationSection
{
    /// <value>Per column, spelling variants and the canonical value they mean.</value>
    public ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>> CategoryMappings { get; init; } =
        ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>>.Empty;

    /// <value>Unit fixes: values above a threshold divided by a factor, or below one multiplied.</value>
    public ImmutableArray<UnitFixSpec> UnitFixes { get; init; } = [];

    /// <value>Missing feature values: <c>impute</c> (median or mode, with an indicator column) or <c>drop</c> the row. The default, null, imputes.</value>
    public string? Missing { get; init; }

    /// <value>Numeric outliers: <c>clip</c> at the 1 % and 99 % quantiles, <c>flag</c> them in an indicator column, or <c>none</c>. The default, null, clips.</value>
    public string? Outliers { get; init; }

    /// <value>Share of rows for validation. The default is 0.15.</value>
    public double Validation { get; init; } = 0.15;

    /// <value>Share of rows for the final test. The default is 0.15.</value>
    public double Test { get; init; } = 0.15;

    /// <value>A column naming each row's set (train, validation or test), used instead of the shares; never a feature. The default is none.</value>
    public string? SplitColumn { get; init; }
}

/// <summary>A unit rule: values above <paramref name="Threshold"/> are divided by <paramref name="Factor"/> (typed annually),
/// or, when <paramref name="Multiply"/>, values below it are multiplied (typed in thousands).</summary>
public sealed record UnitFixSpec(string Column, double Threshold, double Factor, bool Multiply);

/// <summary>What the datasheet says that the data cannot: purpose, provenance, uses and lifecycle.</summary>
public sealed record DatasheetSection
{
    /// <value>Who answers for the dataset.</value>
    public string? Owner { get; init; }

    /// <value>Why the dataset exists.</value>
    public string? Motivation { get; init; }

    /// <value>How the rows were collected.</value>
    public string? Collection { get; init; }

    /// <value>What the data may be used for.</value>
    public ImmutableArray<string> IntendedUses { get; init; } = [];

    /// <value>What the data must not be used for.</value>
    public ImmutableArray<string> UsesToAvoid { get; init; } = [];

    /// <value>How long the data is kept.</value>
    public string? Retention { get; init; }

    /// <value>How often it is refreshed.</value>
    public string? Refresh { get; init; }

    /// <value>Roles whose sign-off the datasheet asks for. The default is sponsor, legal and dpo.</value>
    public ImmutableArray<string> Approvers { get; init; } = ["sponsor", "legal", "dpo"];
}

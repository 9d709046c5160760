using System.Collections.Immutable;

namespace Carbet.Tracking.Runs;

/// <summary>Which runs to find, in which order, and which page of them.</summary>
public sealed record RunQuery
{
    /// <value>Only runs of this experiment. The default, null, is every experiment.</value>
    public string? Experiment { get; init; }

    /// <value>Only runs with this status. The default, null, is any status.</value>
    public RunStatus? Status { get; init; }

    /// <value>Conditions on params and metrics, all of which must hold.</value>
    public ImmutableArray<RunFilter> Filters { get; init; } = [];

    /// <value>The order. The default is newest first.</value>
    public RunOrder OrderBy { get; init; } = RunOrder.NewestFirst;

    /// <value>How many runs to skip. The default is 0.</value>
    public int Skip { get; init; }

    /// <value>The page size, 1 to 1,000. The default is 50.</value>
    public int Take { get; init; } = 50;
}

/// <summary>What a filter compares: a param (as text) or the latest value of a metric.</summary>
public enum RunFilterTarget
{
    /// <summary>A param, compared as text for = and !=, as a number otherwise.</summary>
    Param,

    /// <summary>The latest value of a metric.</summary>
    Metric,
}

/// <summary>A comparison operator.</summary>
public enum FilterOperator
{
    /// <summary>Equal.</summary>
    Equal,

    /// <summary>Not equal.</summary>
    NotEqual,

    /// <summary>Less than.</summary>
    Less,

    /// <summary>Less than or equal.</summary>
    LessOrEqual,

    /// <summary>Greater than.</summary>
    Greater,

    /// <summary>Greater than or equal.</summary>
    GreaterOrEqual,
}

/// <summary>One condition, such as <c>metric auc &gt;= 0.8</c> or <c>param family = lightgbm</c>.</summary>
public sealed record RunFilter(RunFilterTarget Target, string Key, FilterOperator Operator, string Value);

/// <summary>What runs are sorted by.</summary>
public enum RunOrderField
{
    /// <summary>Start time.</summary>
    StartedAt,

    /// <summary>Run name.</summary>
    Name,

    /// <summary>The latest value of the metric named by <see cref="RunOrder.Key"/>; runs without it come last.</summary>
    Metric,
}

/// <summary>A sort order for runs.</summary>
public sealed record RunOrder(RunOrderField Field, bool Descending, string? Key = null)
{
    /// <summary>Newest first.</summary>
    public static RunOrder NewestFirst { get; } = new(RunOrderField.StartedAt, Descending: true);
}

/// <summary>One page of a search and the number of runs that match in all.</summary>
public sealed record RunPage(ImmutableArray<RunSnapshot> Runs, int Total);

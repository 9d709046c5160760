using System.Collections.Immutable;

namespace Carbet.Data.Profiling;

/// <summary>What to profile against (target, id, time) and the thresholds behind the alerts.</summary>
public sealed record ProfileOptions
{
    /// <summary>The target column, for class balance, univariate AUC, mutual information and leakage.</summary>
    /// <value>The default is null: no target analysis.</value>
    public string? Target { get; init; }

    /// <summary>The positive class of a binary target, as formatted text (<c>1</c>, <c>&gt;50K</c>).</summary>
    /// <value>The default is null: 1 for a numeric target, else the less frequent class.</value>
    public string? Positive { get; init; }

    /// <summary>The column that names an entity, checked for near-duplicates and kept out of associations.</summary>
    /// <value>The default is null.</value>
    public string? Id { get; init; }

    /// <summary>The date column of the outcome; date columns later than it on most rows are leakage.</summary>
    /// <value>The default is null.</value>
    public string? Time { get; init; }

    /// <summary>Columns known to be recorded after the outcome, always flagged as leakage.</summary>
    /// <value>The default is empty.</value>
    public ImmutableArray<string> DateAfterOutcome { get; init; } = [];

    /// <summary>The number of histogram bins, also the number of quantile bins for mutual information.</summary>
    /// <value>The default is 20.</value>
    public int Bins { get; init; } = 20;

    /// <summary>How many most frequent values to keep per column.</summary>
    /// <value>The default is 10.</value>
    public int TopValues { get; init; } = 10;

    /// <summary>A category column with more distinct values than this is high-cardinality (and left out of Cramér's V).</summary>
    /// <value>The default is 50.</value>
    public int HighCardinality { get; init; } = 50;

    /// <summary>A univariate AUC at or above this raises a leakage alert.</summary>
    /// <value>The default is 0.95.</value>
    public double LeakageAuc { get; init; } = 0.95;

    /// <summary>The most columns in the pairwise association matrices; the rest are listed as left out.</summary>
    /// <value>The default is 60.</value>
    public int MaxAssociationColumns { get; init; } = 60;

    /// <summary>A column missing on at least this share of rows raises an alert.</summary>
    /// <value>The default is 0.5.</value>
    public double HighMissingShare { get; init; } = 0.5;

    /// <summary>A target whose rarest class has a smaller share than this raises an imbalance alert.</summary>
    /// <value>The default is 0.1.</value>
    public double ImbalanceShare { get; init; } = 0.1;
}

using Carbet.Evaluation.Fairness;

namespace Carbet.Lifecycle.Audit;

/// <summary>What <c>carbet audit</c> examines and how.</summary>
public sealed record AuditOptions
{
    /// <value>The registered model; null is the project's name.</value>
    public string? Model { get; init; }

    /// <value>The version audited: an alias or a version number. The default is <c>champion</c>.</value>
    public string From { get; init; } = "champion";

    /// <value>Bootstrap, group-size and four-fifths settings of the fairness audit; null takes their defaults with the context's seed.</value>
    public FairnessAuditOptions? Fairness { get; init; }

    /// <value>Folds, bins and thresholds of the proxy search; null takes their defaults with the context's seed.</value>
    public ProxyOptions? Proxies { get; init; }
}

using Carbet.Serving.Hosting;
using Carbet.Serving.Observability;
using Carbet.Serving.Scoring;
using Carbet.Serving.Validation;

using Prometheus;

namespace Carbet.Server.Metrics;

/// <summary>The server's Prometheus metrics, in a registry of its own so that several servers in one process never share counters.</summary>
/// <remarks>Labels carry names, versions, bands and reasons, never input values. Gauges that mirror state (the version
/// each alias serves, the energy per prediction, the review queue) are read just before each scrape.</remarks>
internal sealed class ServingMetrics
{
    /// <summary>The rejection reason for a batch over the row limit.</summary>
    public const string TooManyRows = "too_many_rows";

    /// <summary>The rejection reason for a request of the wrong shape: neither or both of row and rows, an empty batch, a null row.</summary>
    public const string MalformedRequest = "malformed_request";

    private readonly string _model;
    private readonly IReviewQueueGauges? _review;
    private readonly PredictionEnergy _energy;
    private readonly Counter _predictions;
    private readonly Counter _rejections;
    private readonly Counter _swaps;
    private readonly Gauge _versions;
    private readonly Gauge _energyPer1000;
    private readonly Gauge? _backlog;
    private readonly Gauge? _overrideRate;
    private readonly HashSet<string> _aliasesShown = new(StringComparer.Ordinal);
    private readonly Lock _scrape = new();
    private ModelHost? _host;

    public ServingMetrics(string model, PredictionEnergy energy, IReviewQueueGauges? review)
    {
        (_model, _energy, _review) = (model, energy, review);
        Registry = Prometheus.Metrics.NewCustomRegistry();
        var factory = Prometheus.Metrics.WithCustomRegistry(Registry);
        _predictions = factory.CreateCounter("carbet_predictions_total", "Rows scored, by model, version, label (score at or above the decision threshold) and band.",
            "model", "version", "label", "band");
        _rejections = factory.CreateCounter("carbet_validation_rejections_total", "Input problems refused with a 400, by reason: one per bad field of a row, one per malformed request.",
            "model", "reason");
        _swaps = factory.CreateCounter("carbet_model_swaps_total", "Times an alias in service moved to another version and the server swapped to it.", "model", "alias");
        _versions = factory.CreateGauge("carbet_model_version", "The version each alias in service points at (alias \"none\" for a server pinned to one version).",
            "model", "alias");
        _energyPer1000 = factory.CreateGauge("carbet_energy_wh_per_1000_predictions",
            "The process's energy between the last two scrapes that saw predictions, in watt-hours per 1,000 rows scored; method rapl or cpu-time-estimate.", "method");
        if (review is not null)
        {
            _backlog = factory.CreateGauge("carbet_review_backlog", "Predictions waiting in the review queue for a person's decision.", "model");
            _overrideRate = factory.CreateGauge("carbet_review_override_ratio", "Share of review decisions that overrode the model, from 0 to 1.", "model");
        }
        Registry.AddBeforeCollectCallback(Refresh);
    }

    /// <summary>The registry <c>/metrics</c> serves, HTTP metrics included.</summary>
    public CollectorRegistry Registry { get; }

    /// <summary>Follows the aliases <paramref name="host"/> serves in the version gauge.</summary>
    public void Observe(ModelHost host) => _host = host;

    /// <summary>Counts the rows of a scored request by label and band.</summary>
    public void Predicted(ScoringResult result)
    {
        foreach (var group in result.Predictions.GroupBy(p => (p.Version, p.Label, p.Band)))
        {
            _predictions.WithLabels(_model, Label(group.Key.Version), group.Key.Label ? "true" : "false", group.Key.Band).Inc(group.Count());
        }
        _energy.Add(result.Predictions.Length);
    }

    /// <summary>Counts the field errors of a refused request by reason.</summary>
    public void Rejected(IEnumerable<FieldError> errors)
    {
        foreach (var group in errors.GroupBy(e => e.Reason, StringComparer.Ordinal))
            _rejections.WithLabels(_model, group.Key).Inc(group.Count());
    }

    /// <summary>Counts a request refused before validation, such as an empty or oversized batch.</summary>
    public void Rejected(string reason) => _rejections.WithLabels(_model, reason).Inc();

    /// <summary>Counts swaps reported by the model host.</summary>
    public void OnHostEvent(HostEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Kind == "swapped" && e.Alias is { } alias)
            _swaps.WithLabels(_model, alias).Inc();
    }

    private void Refresh()
    {
        lock (_scrape)
        {
            RefreshVersions();
            if (_energy.Close() is { } energy)
                _energyPer1000.WithLabels(energy.Method).Set(energy.WhPer1000Predictions);
            if (_review?.Read() is { } reading)
            {
                _backlog!.WithLabels(_model).Set(reading.Backlog);
                if (reading.OverrideRate is { } rate)
                    _overrideRate!.WithLabels(_model).Set(rate);
            }
        }
    }

    private void RefreshVersions()
    {
        if (_host is not { } host)
            return;
        var served = host.Options.Version is null
            ? host.Aliases.ToDictionary(a => a.Key, a => a.Value.Version.Version, StringComparer.Ordinal)
            : host.Default is { } pinned ? new Dictionary<string, int>(StringComparer.Ordinal) { ["none"] = pinned.Version.Version } : [];
        foreach (var gone in _aliasesShown.Where(a => !served.ContainsKey(a)).ToList())
        {
            _versions.RemoveLabelled(_model, gone);
            _aliasesShown.Remove(gone);
        }
        foreach (var (alias, version) in served)
        {
            _versions.WithLabels(_model, alias).Set(version);
            _aliasesShown.Add(alias);
        }
    }

    private static string Label(int version) => version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

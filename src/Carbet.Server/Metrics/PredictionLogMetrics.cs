using Carbet.Serving.Logging;

using Prometheus;

namespace Carbet.Server.Metrics;

/// <summary>The prediction log's queue as Prometheus reads it just before each scrape: how many predictions wait in memory
/// and on disk, and how many were stored, dropped or failed to reach the store.</summary>
/// <remarks>Alert on <c>carbet_prediction_log_dropped_total</c> rising (both buffers full: predictions are lost) and on
/// <c>carbet_prediction_log_on_disk</c> staying above 0 (the store is down or too slow).</remarks>
internal sealed class PredictionLogMetrics
{
    private readonly PredictionLog _log;
    private readonly Gauge _queued;
    private readonly Gauge _onDisk;
    private readonly Counter _written;
    private readonly Counter _dropped;
    private readonly Counter _failures;

    public PredictionLogMetrics(PredictionLog log, CollectorRegistry registry)
    {
        _log = log;
        var factory = Prometheus.Metrics.WithCustomRegistry(registry);
        _queued = factory.CreateGauge("carbet_prediction_log_queued", "Predictions waiting in memory for the store.");
        _onDisk = factory.CreateGauge("carbet_prediction_log_on_disk", "Predictions waiting in the disk buffer because the store was down or slow.");
        _written = factory.CreateCounter("carbet_prediction_log_written_total", "Predictions stored in the prediction log.");
        _dropped = factory.CreateCounter("carbet_prediction_log_dropped_total", "Predictions lost because the memory and disk buffers were both full.");
        _failures = factory.CreateCounter("carbet_prediction_log_store_failures_total", "Writes of a batch of predictions that the store refused (retried later).");
        registry.AddBeforeCollectCallback(Refresh);
    }

    private void Refresh()
    {
        var counters = _log.Counters;
        _queued.Set(counters.Buffered);
        _onDisk.Set(counters.OnDisk);
        _written.IncTo(counters.Written);
        _dropped.IncTo(counters.Dropped);
        _failures.IncTo(counters.Failures);
    }
}

using Carbet.Modeling.Energy;

namespace Carbet.Server.Metrics;

/// <summary>The process's energy per 1,000 predictions, measured with the training's <see cref="EnergyMeter"/> over windows
/// that end at each scrape.</summary>
/// <remarks>A window's energy covers everything the process did in it (HTTP, JSON, validation, scoring, other servers in
/// the same process), so it is the service's cost per prediction, not the model's alone. A window without a prediction is
/// dropped so that idle time is not charged to the next predictions. Measuring per request instead would read the process
/// counters twice per request and count the CPU of concurrent requests several times.</remarks>
internal sealed class PredictionEnergy(EnergyMeter meter)
{
    private EnergyScope _window = meter.Start();
    private long _predictions;

    /// <summary>Counts rows scored in the current window.</summary>
    public void Add(int predictions) => Interlocked.Add(ref _predictions, predictions);

    /// <summary>Ends the current window and starts the next; null when no prediction was made in it. Not thread-safe: one scrape at a time.</summary>
    public WindowEnergy? Close()
    {
        var measured = _window.Stop();
        _window = meter.Start();
        var predictions = Interlocked.Exchange(ref _predictions, 0);
        return predictions == 0 ? null : new WindowEnergy(measured.EnergyWh * 1000 / predictions, measured.MethodName, predictions);
    }
}

/// <summary>One window's energy.</summary>
/// <param name="WhPer1000Predictions">Watt-hours per 1,000 rows scored.</param>
/// <param name="Method"><c>rapl</c> or <c>cpu-time-estimate</c>, as recorded for training runs.</param>
/// <param name="Predictions">Rows scored in the window.</param>
internal sealed record WindowEnergy(double WhPer1000Predictions, string Method, long Predictions);

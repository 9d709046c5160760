using System.Diagnostics;

namespace Carbet.Bench.Serving;

/// <summary>Latencies of one phase, with percentiles read from the sorted samples.</summary>
internal sealed class Latencies
{
    private readonly List<long> _ticks = [];
    private readonly Lock _lock = new();

    public int Count { get; private set; }

    public int Errors { get; private set; }

    public void Add(long startTimestamp, bool ok)
    {
        var elapsed = Stopwatch.GetTimestamp() - startTimestamp;
        lock (_lock)
        {
            _ticks.Add(elapsed);
            Count++;
            if (!ok)
                Errors++;
        }
    }

    public double Ms(double percentile)
    {
        lock (_lock)
        {
            if (_ticks.Count == 0)
                return double.NaN;
            _ticks.Sort();
            var index = (int)Math.Ceiling(percentile / 100 * _ticks.Count) - 1;
            return _ticks[Math.Clamp(index, 0, _ticks.Count - 1)] * 1000.0 / Stopwatch.Frequency;
        }
    }
}

using System.Collections.Immutable;

namespace Carbet.Data.DemoWorld;

/// <summary>A fixed categorical distribution; weights need not sum to one.</summary>
internal sealed class Weighted<T>
{
    private readonly ImmutableArray<T> _values;
    private readonly double[] _cumulative;

    public Weighted(params (T Value, double Weight)[] entries)
    {
        _values = [.. entries.Select(e => e.Value)];
        _cumulative = new double[entries.Length];
        var total = entries.Sum(e => e.Weight);
        var running = 0.0;
        for (var i = 0; i < entries.Length; i++)
        {
            running += entries[i].Weight / total;
            _cumulative[i] = running;
        }
    }

    /// <summary>Draws one value; always consumes exactly one uniform, so streams stay aligned.</summary>
    public T Pick(Random random)
    {
        var u = random.NextDouble();
        for (var i = 0; i < _cumulative.Length - 1; i++)
        {
            if (u < _cumulative[i])
                return _values[i];
        }
        return _values[^1];
    }
}

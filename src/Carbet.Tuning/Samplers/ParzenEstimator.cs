using Carbet.Tuning.Spaces;

namespace Carbet.Tuning.Samplers;

/// <summary>Optuna 3.1's univariate Parzen estimator: one truncated Gaussian (or categorical row) per observation,
/// plus a prior component, with Optuna's default weights, magic clip and no endpoint widening.</summary>
internal sealed class ParzenEstimator
{
    private const double Epsilon = 1e-12;
    private const double PriorWeight = 1.0;
    private static readonly double LogSqrtTwoPi = 0.5 * Math.Log(2 * Math.PI);

    private readonly Distribution _distribution;
    private readonly double[] _weights;
    private readonly double[] _mus = [];
    private readonly double[] _sigmas = [];
    private readonly double[][] _categorical = [];
    private readonly double[] _logAccept = [];
    private readonly double _low;
    private readonly double _high;
    private readonly double? _q;

    /// <param name="observations">Values of the parameter in external form (a log parameter's own value), oldest first.</param>
    public ParzenEstimator(IReadOnlyList<double> observations, Distribution distribution)
    {
        _distribution = distribution;
        _weights = MixtureWeights(observations.Count);
        (_low, _high, _q) = Bounds(distribution);
        if (distribution.Kind == DistributionKind.Categorical)
            _categorical = CategoricalRows(observations, distribution.Choices.Length);
        else
        {
            (_mus, _sigmas) = Gaussians([.. observations.Select(ToInternal)]);
            _logAccept = [.. _mus.Select((mu, j) => Math.Log(NormalMath.Probability((_low - mu) / _sigmas[j], (_high - mu) / _sigmas[j]) + Epsilon))];
        }
    }

    public double[] Sample(Random random, int count)
    {
        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            var component = Pick(random, _weights);
            samples[i] = _distribution.Kind == DistributionKind.Categorical
                ? Pick(random, _categorical[component])
                : FromInternal(NormalMath.TruncatedDraw(random, _mus[component], _sigmas[component], _low, _high));
        }
        return samples;
    }

    public double LogDensity(double value)
    {
        var terms = new double[_weights.Length];
        for (var j = 0; j < _weights.Length; j++)
            terms[j] = Math.Log(_weights[j]) + ComponentLogDensity(j, value);
        var max = terms.Max();
        return double.IsNegativeInfinity(max) ? max : max + Math.Log(terms.Sum(t => Math.Exp(t - max)));
    }

    private double ComponentLogDensity(int j, double value)
    {
        if (_distribution.Kind == DistributionKind.Categorical)
            return Math.Log(_categorical[j][(int)value]);
        var (mu, sigma) = (_mus[j], _sigmas[j]);
        var x = ToInternal(value);
        if (_q is not { } q)
        {
            // Optuna 3.1's truncnorm.logpdf leaves out -log(sigma), so wide components weigh more than a true
            // mixture density would give them; kept, since that is the behaviour the Optuna benchmarks measure.
            var z = (x - mu) / Math.Max(sigma, Epsilon);
            return (-0.5 * z * z) - LogSqrtTwoPi - _logAccept[j];
        }
        var upper = Math.Min(x + (q / 2), _high);
        var lower = Math.Max(x - (q / 2), _low);
        var probability = NormalMath.Probability((lower - mu) / sigma, (upper - mu) / sigma);
        return Math.Log(probability + Epsilon) - _logAccept[j];
    }

    // Optuna's default_weights: flat for the 25 newest, a ramp from 1/n for older ones; the prior joins with weight 1.
    private static double[] MixtureWeights(int n)
    {
        var weights = new double[n + 1];
        var ramp = n - 25;
        for (var i = 0; i < n; i++)
            weights[i] = n < 25 || i >= ramp ? 1.0 : Linspace(1.0 / n, 1.0, ramp, i);
        weights[n] = PriorWeight;
        var total = weights.Sum();
        return [.. weights.Select(w => w / total)];
    }

    private static double Linspace(double start, double stop, int count, int index) =>
        count == 1 ? start : start + ((stop - start) * index / (count - 1));

    private static (double Low, double High, double? Q) Bounds(Distribution d) => d.Kind switch
    {
        DistributionKind.LogFloat or DistributionKind.LogInt => (d.LogBounds().Low, d.LogBounds().High, null),
        DistributionKind.Categorical => (0, 0, null),
        _ when d.Step is { } q => (d.Low - (0.5 * q), d.High + (0.5 * q), q),
        _ => (d.Low, d.High, null),
    };

    private (double[] Mus, double[] Sigmas) Gaussians(double[] observations)
    {
        var n = observations.Length;
        double[] mus = [.. observations, 0.5 * (_low + _high)];
        var order = Enumerable.Range(0, n + 1).OrderBy(i => mus[i]).ToArray();
        var withEnds = new double[n + 3];
        withEnds[0] = _low;
        withEnds[^1] = _high;
        for (var k = 0; k <= n; k++)
            withEnds[k + 1] = mus[order[k]];
        var sorted = new double[n + 1];
        for (var k = 0; k <= n; k++)
            sorted[k] = Math.Max(withEnds[k + 1] - withEnds[k], withEnds[k + 2] - withEnds[k + 1]);
        if (withEnds.Length >= 4)
        {
            sorted[0] = withEnds[2] - withEnds[1];
            sorted[^1] = withEnds[^2] - withEnds[^3];
        }
        var sigmas = new double[n + 1];
        var (min, max) = ((_high - _low) / Math.Min(100.0, 1.0 + mus.Length), _high - _low);
        for (var k = 0; k <= n; k++)
            sigmas[order[k]] = Math.Clamp(sorted[k], min, max);
        sigmas[n] = _high - _low;
        return (mus, sigmas);
    }

    private static double[][] CategoricalRows(IReadOnlyList<double> observations, int choices)
    {
        var n = observations.Count;
        var rows = new double[n + 1][];
        for (var j = 0; j <= n; j++)
        {
            rows[j] = Enumerable.Repeat(PriorWeight / (n + 1), choices).ToArray();
            if (j < n)
                rows[j][(int)observations[j]] += 1;
            var total = rows[j].Sum();
            for (var c = 0; c < choices; c++)
                rows[j][c] /= total;
        }
        return rows;
    }

    private static int Pick(Random random, double[] probabilities)
    {
        var u = random.NextDouble();
        var cumulative = 0.0;
        for (var i = 0; i < probabilities.Length - 1; i++)
        {
            cumulative += probabilities[i];
            if (u < cumulative)
                return i;
        }
        return probabilities.Length - 1;
    }

    private double ToInternal(double value) => _distribution.IsLog ? Math.Log(value) : value;

    private double FromInternal(double value) => _distribution.IsLog ? _distribution.FromLog(value) : _distribution.Snap(value);
}

using Carbet.Tuning.Spaces;
using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Samplers;

/// <summary>The tree-structured Parzen estimator, as Optuna 3.1's <c>TPESampler</c> with its defaults: random for the
/// first trials, then the candidate, drawn from the density of the good trials, that most exceeds the density of the rest.</summary>
/// <remarks>Univariate: each parameter is modelled on its own, from the finished trials where it is active. Pruned
/// trials count as Optuna counts them: after every complete trial, the ones that went further first, then by their
/// last intermediate value.</remarks>
/// <param name="startupTrials">Finished trials sampled at random before the model is used; Optuna's default is 10.</param>
/// <param name="candidates">Candidates drawn per parameter; Optuna's default is 24.</param>
public sealed class TpeSampler(int startupTrials = TpeSampler.DefaultStartupTrials, int candidates = TpeSampler.DefaultCandidates) : ISampler
{
    /// <summary>Optuna's <c>n_startup_trials</c>.</summary>
    public const int DefaultStartupTrials = 10;

    /// <summary>Optuna's <c>n_ei_candidates</c>.</summary>
    public const int DefaultCandidates = 24;

    /// <inheritdoc/>
    public double Sample(IReadOnlyList<TrialRecord> history, StudyDirection direction, SearchParameter parameter, Random random)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(random);
        var ranked = TpeObservations.Rank(history, direction);
        if (ranked.Count < startupTrials)
            return RandomSampler.Draw(parameter.Distribution, random);
        var goodCount = Gamma(ranked.Count);
        var good = TpeObservations.ValuesOf(ranked.Take(goodCount), parameter);
        var rest = TpeObservations.ValuesOf(ranked.Skip(goodCount), parameter);
        var goodDensity = new ParzenEstimator(good, parameter.Distribution);
        var restDensity = new ParzenEstimator(rest, parameter.Distribution);
        var best = double.NaN;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in goodDensity.Sample(random, candidates))
        {
            var score = goodDensity.LogDensity(candidate) - restDensity.LogDensity(candidate);
            if (double.IsNaN(best) || score > bestScore)
                (best, bestScore) = (candidate, score);
        }
        return best;
    }

    /// <summary>Optuna's default gamma: how many of <paramref name="finished"/> trials count as good.</summary>
    internal static int Gamma(int finished) => Math.Min((int)Math.Ceiling(0.1 * finished), 25);
}

using Carbet.Tuning.Spaces;
using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Samplers;

/// <summary>Proposes a value for one hyperparameter of a new trial.</summary>
/// <remarks>Contract: safe for concurrent workers, so no per-trial state in fields; same history and
/// <see cref="Random"/> state, same value; never keeps history, which is read from storage for every trial so
/// workers sharing a study learn from each other's trials.</remarks>
public interface ISampler
{
    /// <summary>A value for <paramref name="parameter"/> that <see cref="Distribution.Contains"/> accepts.</summary>
    /// <param name="history">Every trial of the study so far, by number.</param>
    /// <param name="direction">Whether smaller or larger values are better.</param>
    /// <param name="parameter">The parameter to sample.</param>
    /// <param name="random">The random source of the trial being sampled.</param>
    double Sample(IReadOnlyList<TrialRecord> history, StudyDirection direction, SearchParameter parameter, Random random);
}

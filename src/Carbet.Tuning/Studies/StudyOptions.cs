using Carbet.Core;
using Carbet.Tuning.Pruners;
using Carbet.Tuning.Samplers;
using Carbet.Tuning.Spaces;
using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Studies;

/// <summary>How a study searches: what it optimises towards, over which space, with which sampler and pruner.</summary>
public sealed class StudyOptions
{
    /// <value>Whether smaller or larger objective values are better. The default is <see cref="StudyDirection.Minimize"/>.</value>
    public StudyDirection Direction { get; init; } = StudyDirection.Minimize;

    /// <value>The hyperparameters searched; required.</value>
    public required SearchSpace Space { get; init; }

    /// <value>Proposes each trial's values. The default is a <see cref="TpeSampler"/> with Optuna's defaults.</value>
    public ISampler Sampler { get; init; } = new TpeSampler();

    /// <value>Stops unpromising trials early. The default is <see cref="NopPruner"/>.</value>
    public IPruner Pruner { get; init; } = new NopPruner();

    /// <value>The seed of every trial's random stream and the clock of time budgets. The default is the default seed on the system clock.</value>
    public CarbetContext Context { get; init; } = new();
}

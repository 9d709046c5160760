using Carbet.Core;
using Carbet.Modeling.Families;

using Microsoft.ML;

namespace Carbet.Modeling.Tasks;

/// <summary>What every multiclass and regression family shares: its name, task, search space and whether it reads scaled
/// features; a family adds only its trainer.</summary>
/// <param name="name">The short name, e.g. <c>lightgbm</c>.</param>
/// <param name="task">Multiclass or regression.</param>
/// <param name="space">The hyperparameters a tuner may search.</param>
/// <param name="linear">True for linear trainers, which need scaled features with missing values filled by the mean; trees
/// read raw values and missing ones as such.</param>
public abstract class TaskFamily(string name, TaskKind task, SearchSpace space, bool linear) : ITaskFamily
{
    /// <inheritdoc/>
    public string Name => name;

    /// <inheritdoc/>
    public TaskKind Task => task;

    /// <inheritdoc/>
    public bool NeedsNormalization => linear;

    /// <inheritdoc/>
    public bool HandlesMissingValues => !linear;

    /// <inheritdoc/>
    public SearchSpace Space => space;

    /// <inheritdoc/>
    public IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(values);
        return Trainer(ml, values, seed);
    }

    /// <summary>The trainer for <paramref name="values"/>, every parameter of <see cref="Space"/> present.</summary>
    protected abstract IEstimator<ITransformer> Trainer(MLContext ml, HyperParameters values, int seed);
}

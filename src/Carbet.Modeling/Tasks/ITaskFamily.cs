using Carbet.Core;
using Carbet.Modeling.Families;

using Microsoft.ML;

namespace Carbet.Modeling.Tasks;

/// <summary>A kind of multiclass classifier or regressor that can be fitted and compared with the others of its task.</summary>
/// <remarks>Contract: <see cref="BuildTrainer"/> reads the label from <c>Label</c> (a key of the class index for
/// <see cref="TaskKind.Multiclass"/>, a number for <see cref="TaskKind.Regression"/>) and the features from <c>Features</c>;
/// its output has a <c>Score</c> column holding the class probabilities in class order, or the predicted number.
/// A value missing from the <see cref="HyperParameters"/> takes its default from <see cref="Space"/>; the same values and seed
/// give the same model.</remarks>
public interface ITaskFamily
{
    /// <summary>The short name used on the command line and in run records, e.g. <c>lightgbm</c>.</summary>
    string Name { get; }

    /// <summary>The task the family predicts for.</summary>
    TaskKind Task { get; }

    /// <summary>Whether the features must be scaled before fitting.</summary>
    bool NeedsNormalization { get; }

    /// <summary>Whether the trainer copes with missing feature values; when not, they are replaced by the mean.</summary>
    bool HandlesMissingValues { get; }

    /// <summary>The hyperparameters a tuner may search, with their ranges and defaults.</summary>
    SearchSpace Space { get; }

    /// <summary>Settings known to do well on many tables, tried by a study right after the defaults. The default is none.</summary>
    System.Collections.Immutable.ImmutableArray<HyperParameters> Portfolio => [];

    /// <summary>The trainer for the given hyperparameters.</summary>
    IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed);
}

using Microsoft.ML;

namespace Carbet.Modeling.Families;

/// <summary>A kind of binary classifier that can be fitted, tuned and compared with the others.</summary>
/// <remarks>Contract: <see cref="BuildTrainer(MLContext, HyperParameters, int, string?)"/> reads the label from <c>Label</c> and the features from
/// <c>Features</c>, and its output has a <c>Probability</c> column; a value missing from the
/// <see cref="HyperParameters"/> takes its default from <see cref="Space"/>; the same values and seed give the same model.</remarks>
public interface IModelFamily
{
    /// <summary>The short name used in configuration and run records, e.g. <c>lightgbm</c>.</summary>
    string Name { get; }

    /// <summary>Whether the features must be scaled before fitting.</summary>
    bool NeedsNormalization { get; }

    /// <summary>Whether the trainer copes with missing feature values; when not, they are replaced by the mean.</summary>
    bool HandlesMissingValues { get; }

    /// <summary>The hyperparameters a tuner may search, with their ranges and defaults.</summary>
    SearchSpace Space { get; }

    /// <summary>Settings known to do well on many tables, which a study tries right after the defaults and before its
    /// sampler proposes anything. The default is none.</summary>
    System.Collections.Immutable.ImmutableArray<HyperParameters> Portfolio => [];

    /// <summary>Whether the trainer reads a per-row weight, as class weights need. The default is false.</summary>
    bool SupportsExampleWeights => false;

    /// <summary>The trainer (and calibrator where needed) for the given hyperparameters.</summary>
    IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed);

    /// <summary>The trainer, reading each row's weight from <paramref name="exampleWeightColumn"/> when given and
    /// <see cref="SupportsExampleWeights"/>; the default ignores weights.</summary>
    IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed, string? exampleWeightColumn) => BuildTrainer(ml, values, seed);
}

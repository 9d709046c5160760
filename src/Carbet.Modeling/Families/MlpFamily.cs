using Carbet.Core;
using Carbet.Modeling.Neural;

using Microsoft.ML;

namespace Carbet.Modeling.Families;

/// <summary>A multilayer perceptron trained by TorchSharp on scaled features: ReLU hidden layers, dropout, Adam on binary cross-entropy.</summary>
/// <remarks>Optional: when libtorch cannot load, <see cref="Unavailable"/> says why and <c>carbet train</c> skips the family.
/// The fit holds out a tenth of its rows for the per-epoch validation loss that <see cref="FamilyFitOptions.Prune"/> sees.</remarks>
public sealed class MlpFamily : ITransferable
{
    private static readonly HyperParameter Layers = HyperParameter.Int("hidden_layers", 1, 4, 2);
    private static readonly HyperParameter Width = HyperParameter.LogInt("width", 8, 256, 64);
    private static readonly HyperParameter Dropout = HyperParameter.Float("dropout", 0, 0.5, 0.1);
    private static readonly HyperParameter LearningRate = HyperParameter.LogFloat("learning_rate", 1e-4, 0.1, 3e-3);
    private static readonly HyperParameter WeightDecay = HyperParameter.LogFloat("weight_decay", 1e-7, 1e-2, 1e-5);
    private static readonly HyperParameter Epochs = HyperParameter.Int("epochs", 1, 200, 30);
    private static readonly HyperParameter BatchSize = HyperParameter.LogInt("batch_size", 16, 1024, 512);

    /// <summary>The share of <c>epochs</c> run when continuing from a parent (at least one epoch).</summary>
    public const double TransferEpochShare = 0.25;

    /// <summary>Why the family cannot train in this process, or null when libtorch loaded.</summary>
    public static string? Unavailable => TorchRuntime.Unavailable;

    /// <inheritdoc/>
    public string Name => "mlp";

    /// <inheritdoc/>
    public bool NeedsNormalization => true;

    /// <inheritdoc/>
    public bool HandlesMissingValues => false;

    /// <inheritdoc/>
    public SearchSpace Space { get; } = new([Layers, Width, Dropout, LearningRate, WeightDecay, Epochs, BatchSize]);

    /// <inheritdoc/>
    public string TransferDescription =>
        "Continues from the parent's weights (same layers, read from its model file) for a quarter of the epochs; features are rescaled on the new rows.";

    /// <inheritdoc/>
    public IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed) =>
        BuildTrainer(ml, values, seed, FamilyFitOptions.None);

    /// <inheritdoc/>
    public IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed, FamilyFitOptions options)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(options);
        var settings = new MlpSettings(values.GetInt(Layers), values.GetInt(Width), values.Get(Dropout), values.Get(LearningRate),
            values.Get(WeightDecay), values.GetInt(Epochs), values.GetInt(BatchSize), seed);
        settings = settings with { Prune = options.Prune };
        if (options.Parent is { } parent)
        {
            var start = FamilyModelFile.ReadNetwork(parent.ModelFile) ?? throw new UserErrorException(
                $"The parent model {parent.ParentId} holds no mlp weights.", "Transfer from a model of the mlp family, or train without a parent.");
            settings = settings with
            {
                HiddenLayers = start.Hidden.Length,
                Width = start.Hidden.IsEmpty ? settings.Width : start.Hidden[0],
                Epochs = Math.Max(1, (int)Math.Ceiling(settings.Epochs * TransferEpochShare)),
                Start = start,
            };
        }
        return new MlpEstimator(ml, settings);
    }
}

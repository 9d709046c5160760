namespace Carbet.Modeling.Neural;

/// <summary>How one perceptron is trained; built by <see cref="Families.MlpFamily"/> from its hyperparameters.</summary>
internal sealed record MlpSettings(int HiddenLayers, int Width, double Dropout, double LearningRate, double WeightDecay, int Epochs, int BatchSize, int Seed)
{
    /// <summary>The share of training rows kept aside to report the validation loss each epoch.</summary>
    public const double ValidationFraction = 0.1;

    /// <value>Weights to continue from instead of a random start. The default is none.</value>
    public MlpNetwork? Start { get; init; }

    /// <value>Called after each epoch with its number (from 1) and validation loss; true stops training. The default is none.</value>
    public Func<int, double, bool>? Prune { get; init; }
}

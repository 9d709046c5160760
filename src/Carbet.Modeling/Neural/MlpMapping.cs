using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace Carbet.Modeling.Neural;

/// <summary>The row mapping that scores a perceptron inside an ML.NET model, and reloads it from a model file.</summary>
/// <remarks>ML.NET saves a custom mapping by its contract name only; the weights travel as an extra entry of the model zip
/// (<see cref="Families.FamilyModelFile"/>), which sets <see cref="Loading"/> while ML.NET rebuilds the mapping.</remarks>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class MlpMapping : CustomMappingFactory<MlpMapping.Input, MlpMapping.Output>
{
    /// <summary>The name ML.NET records for the mapping in a saved model.</summary>
    public const string ContractName = "carbet.mlp.v1";

    [ThreadStatic]
    private static MlpNetwork? _loading;

    /// <summary>The network being loaded on this thread, read by <see cref="GetMapping"/>.</summary>
    internal static MlpNetwork? Loading
    {
        get => _loading;
        set => _loading = value;
    }

    /// <inheritdoc/>
    public override Action<Input, Output> GetMapping() => Score(Loading ?? throw new InvalidOperationException(
        "An mlp model file loads through FamilyModelFile.Load, which reads its weights; ML.NET's own loader cannot."));

    /// <summary>The mapping for <paramref name="network"/>.</summary>
    internal static Action<Input, Output> Score(MlpNetwork network) => (input, output) =>
    {
        var logit = network.Logit(input.Features);
        output.Score = logit;
        output.Probability = 1f / (1f + MathF.Exp(-logit));
        output.PredictedLabel = logit > 0;
    };

    /// <summary>The columns the mapping reads.</summary>
    public sealed class Input
    {
        /// <summary>The featurised, scaled row.</summary>
        [VectorType]
        public float[] Features { get; set; } = [];
    }

    /// <summary>The columns the mapping writes, named as ML.NET's binary classifiers name them.</summary>
    public sealed class Output
    {
        /// <summary>The logit.</summary>
        public float Score { get; set; }

        /// <summary>The probability of the positive class.</summary>
        public float Probability { get; set; }

        /// <summary>Whether the probability is above one half.</summary>
        public bool PredictedLabel { get; set; }
    }
}

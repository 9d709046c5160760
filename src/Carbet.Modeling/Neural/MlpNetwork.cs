using System.Collections.Immutable;

namespace Carbet.Modeling.Neural;

/// <summary>The weights of a fitted perceptron: dense layers with ReLU between them and one logit out.</summary>
/// <remarks>Scoring runs here in managed code, so a saved model scores (and serves) without libtorch; training copies
/// these weights in and out of TorchSharp. Dropout is off when scoring, as in torch's eval mode.</remarks>
public sealed class MlpNetwork
{
    private const int FormatVersion = 1;

    internal MlpNetwork(ImmutableArray<DenseLayer> layers)
    {
        if (layers.IsEmpty || layers[^1].Outputs != 1)
            throw new ArgumentException("A network ends in one output.", nameof(layers));
        Layers = layers;
    }

    /// <summary>The number of features the network reads.</summary>
    public int Inputs => Layers[0].Inputs;

    /// <summary>The widths of the hidden layers, input side first.</summary>
    public ImmutableArray<int> Hidden => [.. Layers.Take(Layers.Length - 1).Select(l => l.Outputs)];

    internal ImmutableArray<DenseLayer> Layers { get; }

    /// <summary>The logit of the positive class for one row of <see cref="Inputs"/> features.</summary>
    public float Logit(ReadOnlySpan<float> features)
    {
        if (features.Length != Inputs)
            throw new ArgumentException($"The network reads {Inputs} features, not {features.Length}.", nameof(features));
        var current = features.ToArray();
        for (var l = 0; l < Layers.Length; l++)
        {
            var layer = Layers[l];
            var next = new float[layer.Outputs];
            for (var o = 0; o < layer.Outputs; o++)
            {
                var sum = layer.Bias[o];
                var row = layer.Weights.AsSpan(o * layer.Inputs, layer.Inputs);
                for (var i = 0; i < row.Length; i++)
                    sum += row[i] * current[i];
                next[o] = l < Layers.Length - 1 ? Math.Max(0f, sum) : sum;
            }
            current = next;
        }
        return current[0];
    }

    /// <summary>Writes the weights: a version, the layer count, then each layer's sizes, weights (row-major) and biases.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(FormatVersion);
            writer.Write(Layers.Length);
            foreach (var layer in Layers)
            {
                writer.Write(layer.Inputs);
                writer.Write(layer.Outputs);
                foreach (var w in layer.Weights)
                    writer.Write(w);
                foreach (var b in layer.Bias)
                    writer.Write(b);
            }
        }
        return stream.ToArray();
    }

    /// <summary>Reads what <see cref="ToBytes"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a network of a known format version.</exception>
    public static MlpNetwork FromBytes(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes));
        try
        {
            if (reader.ReadInt32() != FormatVersion)
                throw new InvalidDataException("The network was written by a newer format version.");
            var count = reader.ReadInt32();
            if (count is < 1 or > 64)
                throw new InvalidDataException($"A network of {count} layers is not one Carbet writes.");
            var layers = ImmutableArray.CreateBuilder<DenseLayer>(count);
            for (var l = 0; l < count; l++)
            {
                var (inputs, outputs) = (reader.ReadInt32(), reader.ReadInt32());
                if (inputs is < 1 or > 1_000_000 || outputs is < 1 or > 100_000)
                    throw new InvalidDataException($"Layer {l} has sizes {inputs} × {outputs}.");
                var weights = new float[inputs * outputs];
                for (var i = 0; i < weights.Length; i++)
                    weights[i] = reader.ReadSingle();
                var bias = new float[outputs];
                for (var i = 0; i < bias.Length; i++)
                    bias[i] = reader.ReadSingle();
                layers.Add(new DenseLayer(inputs, outputs, weights, bias));
            }
            return new MlpNetwork(layers.MoveToImmutable());
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The network's bytes end early.", e);
        }
    }
}

/// <summary>One dense layer: <c>y = W x + b</c>, <paramref name="Weights"/> row-major with <paramref name="Outputs"/> rows.</summary>
internal sealed record DenseLayer(int Inputs, int Outputs, float[] Weights, float[] Bias);

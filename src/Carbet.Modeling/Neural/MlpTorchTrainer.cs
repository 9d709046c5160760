using System.Collections.Immutable;

using TorchSharp;
using TorchSharp.Modules;

using static TorchSharp.torch;

namespace Carbet.Modeling.Neural;

/// <summary>Fits a perceptron with TorchSharp: Adam on binary cross-entropy, CPU, one thread, seeded.</summary>
/// <remarks>libtorch's random generator and thread count are process-wide, so fits run one at a time: the same rows,
/// settings and seed give the same weights. A random tenth of the rows (at least one) reports the validation loss.</remarks>
internal static class MlpTorchTrainer
{
    private static readonly Lock Gate = new();

    public static (MlpNetwork Network, ImmutableArray<EpochLoss> Curve) Fit(float[] features, float[] labels, MlpSettings settings, CancellationToken ct = default)
    {
        if (TorchRuntime.Unavailable is { } reason)
            throw new InvalidOperationException($"The mlp family cannot train here: {reason}");
        var rows = labels.Length;
        var inputs = features.Length / Math.Max(1, rows);
        if (rows < 2 || inputs * rows != features.Length)
            throw new ArgumentException("Give at least two rows, each with the same number of features.", nameof(features));
        // TorchSharp converts numbers to native Scalars implicitly inside its optimizers, and the garbage collector can
        // finalize such a Scalar while libtorch still reads it: libtorch then fails with "Expected false to be true" in
        // Scalar::toFloat. Training is seeded, so a second attempt gives the same network as an undisturbed first one.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return FitOnce(features, labels, rows, inputs, settings, ct);
            }
            catch (System.Runtime.InteropServices.ExternalException) when (attempt < MaxAttempts)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
        }
    }

    private const int MaxAttempts = 3;

    private static (MlpNetwork Network, ImmutableArray<EpochLoss> Curve) FitOnce(float[] features, float[] labels, int rows, int inputs, MlpSettings settings, CancellationToken ct)
    {
        lock (Gate)
        {
            torch.set_num_threads(1);
            torch.manual_seed(settings.Seed);
            using var scope = torch.NewDisposeScope();
            var (model, linears) = Build(inputs, settings);
            if (settings.Start is { } start)
                Import(start, linears);
            var x = torch.tensor(features, [rows, inputs]);
            var y = torch.tensor(labels, [rows, 1]);
            var order = torch.randperm(rows);
            var validationRows = Math.Clamp((int)(rows * MlpSettings.ValidationFraction), 1, rows - 1);
            var (validation, training) = (order.narrow(0, 0, validationRows), order.narrow(0, validationRows, rows - validationRows));
            var (xValidation, yValidation) = (x.index_select(0, validation), y.index_select(0, validation));
            var loss = torch.nn.BCEWithLogitsLoss();
            var optimizer = torch.optim.Adam(model.parameters(), settings.LearningRate, weight_decay: settings.WeightDecay);
            var curve = ImmutableArray.CreateBuilder<EpochLoss>(settings.Epochs);
            for (var epoch = 1; epoch <= settings.Epochs; epoch++)
            {
                ct.ThrowIfCancellationRequested();
                var trainLoss = Epoch(model, loss, optimizer, x, y, training, settings.BatchSize);
                model.eval();
                double validationLoss;
                using (torch.no_grad())
                using (var output = model.forward(xValidation))
                using (var value = loss.forward(output, yValidation))
                    validationLoss = value.item<float>();
                curve.Add(new EpochLoss(epoch, trainLoss, validationLoss));
                if (settings.Prune?.Invoke(epoch, validationLoss) == true)
                    break;
            }
            return (Export(linears), curve.ToImmutable());
        }
    }

    private static double Epoch(Sequential model, Loss<Tensor, Tensor, Tensor> loss, optim.Optimizer optimizer, Tensor x, Tensor y, Tensor training, int batchSize)
    {
        model.train();
        var count = training.shape[0];
        using var shuffled = training.index_select(0, torch.randperm(count));
        var total = 0.0;
        for (long start = 0; start < count; start += batchSize)
        {
            var size = Math.Min(batchSize, count - start);
            using var batch = torch.NewDisposeScope();
            var rows = shuffled.narrow(0, start, size);
            optimizer.zero_grad();
            var value = loss.forward(model.forward(x.index_select(0, rows)), y.index_select(0, rows));
            value.backward();
            optimizer.step();
            total += value.item<float>() * size;
        }
        return total / count;
    }

    private static (Sequential Model, List<Linear> Linears) Build(int inputs, MlpSettings settings)
    {
        var modules = new List<(string, nn.Module<Tensor, Tensor>)>();
        var linears = new List<Linear>();
        var width = inputs;
        for (var layer = 0; layer < settings.HiddenLayers; layer++)
        {
            var linear = nn.Linear(width, settings.Width);
            linears.Add(linear);
            modules.Add(($"linear{layer}", linear));
            modules.Add(($"relu{layer}", nn.ReLU()));
            if (settings.Dropout > 0)
                modules.Add(($"dropout{layer}", nn.Dropout(settings.Dropout)));
            width = settings.Width;
        }
        var output = nn.Linear(width, 1);
        linears.Add(output);
        modules.Add(("output", output));
        return (nn.Sequential(modules), linears);
    }

    private static void Import(MlpNetwork start, List<Linear> linears)
    {
        if (start.Layers.Length != linears.Count
            || start.Layers.Zip(linears).Any(p => p.First.Inputs != p.Second.in_features || p.First.Outputs != p.Second.out_features))
            throw new ArgumentException($"The starting network's layers ({start.Inputs} inputs, hidden {string.Join("×", start.Hidden)}) differ from the ones to train.");
        using var noGrad = torch.no_grad();
        foreach (var (layer, linear) in start.Layers.Zip(linears))
        {
            linear.weight!.copy_(torch.tensor(layer.Weights, [layer.Outputs, layer.Inputs]));
            linear.bias!.copy_(torch.tensor(layer.Bias, [layer.Outputs]));
        }
    }

    private static MlpNetwork Export(List<Linear> linears) =>
        new([.. linears.Select(l => new DenseLayer((int)l.in_features, (int)l.out_features,
            l.weight!.detach().data<float>().ToArray(), l.bias!.detach().data<float>().ToArray()))]);
}

using System.Diagnostics;

using Carbet.Core;

using Microsoft.ML;
using Microsoft.ML.Data;

using LightGbmOptions = Microsoft.ML.Trainers.LightGbm.LightGbmBinaryTrainer.Options;

namespace Carbet.Modeling.Training;

/// <summary>Fits a LightGBM binary classifier on a CSV file and scores it on a held-out part.</summary>
/// <remarks>Seeded from the context and run on one thread, so the same file and seed give the same metrics.</remarks>
public sealed class LightGbmClassifierTrainer(CarbetContext context)
{
    private const string LabelColumn = "Label";
    private const string FeaturesColumn = "Features";

    /// <summary>Trains, evaluates and saves the model.</summary>
    public TrainedBinaryModel Train(BinaryTrainingRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.TestFraction is < 0.05 or > 0.5)
            throw new UserErrorException($"The test fraction {request.TestFraction} is outside 0.05 to 0.5.", "Hold out between 5% and 50% of the rows.");
        var ml = new MLContext(context.SeedFor("train/lightgbm")) { GpuDeviceId = null };
        var data = TrainingData.Load(ml, request);
        var split = ml.Data.TrainTestSplit(data, request.TestFraction, seed: context.SeedFor("train/split"));
        var (trainRows, testRows) = (TrainingData.Count(split.TrainSet), TrainingData.Count(split.TestSet));
        if (trainRows < 20 || testRows < 5)
            throw new UserErrorException($"'{request.CsvPath}' leaves {trainRows} training and {testRows} test rows, too few to learn from.", "Give at least a few hundred labelled rows.");

        ct.ThrowIfCancellationRequested();
        var watch = Stopwatch.StartNew();
        var model = BuildPipeline(ml, request).Fit(split.TrainSet);
        watch.Stop();
        var scored = model.Transform(split.TestSet);
        var metrics = ml.BinaryClassification.Evaluate(scored, LabelColumn);
        var rows = ml.Data.CreateEnumerable<ScoredRow>(scored, reuseRowObject: false).ToList();
        using var file = new MemoryStream();
        ml.Model.Save(model, split.TrainSet.Schema, file);
        return new TrainedBinaryModel(file.ToArray(), Families.FamilyMetrics.ToDictionary(metrics), trainRows, testRows, watch.Elapsed,
            [.. rows.Select(r => (double)r.Probability)], [.. rows.Select(r => r.Label ? 1 : 0)]);
    }

    private EstimatorChain<ITransformer> BuildPipeline(MLContext ml, BinaryTrainingRequest request)
    {
        var encoded = request.CategoricalFeatures.Select(c => new InputOutputColumnPair(c + ".onehot", c)).ToArray();
        var features = request.NumericFeatures.Concat(encoded.Select(e => e.OutputColumnName)).ToArray();
        var settings = request.Settings;
        var options = new LightGbmOptions
        {
            LabelColumnName = LabelColumn,
            FeatureColumnName = FeaturesColumn,
            NumberOfIterations = settings.Iterations,
            NumberOfLeaves = settings.Leaves,
            LearningRate = settings.LearningRate,
            MinimumExampleCountPerLeaf = settings.MinimumExamplesPerLeaf,
            Seed = context.SeedFor("train/lightgbm/booster"),
            Deterministic = true,
            NumberOfThreads = 1,
            Silent = true,
        };
        var pipeline = new EstimatorChain<ITransformer>().Append<ITransformer>(ml.Transforms.CopyColumns(LabelColumn, TrainingData.TargetColumn));
        if (encoded.Length > 0)
            pipeline = pipeline.Append<ITransformer>(ml.Transforms.Categorical.OneHotEncoding(encoded));
        return pipeline
            .Append<ITransformer>(ml.Transforms.Concatenate(FeaturesColumn, features))
            .Append<ITransformer>(ml.BinaryClassification.Trainers.LightGbm(options));
    }

    private sealed class ScoredRow
    {
        public bool Label { get; set; }

        public float Probability { get; set; }
    }
}

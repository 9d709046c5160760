using System.Collections.Immutable;

using Carbet.Modeling.Training;

using Microsoft.ML;

namespace Carbet.Modeling.Families;

/// <summary>A saved model's probabilities for the rows of a CSV file, with their labels, in file order.</summary>
/// <param name="Probabilities">The probability of the positive class for each row.</param>
/// <param name="Labels">1 for a positive row, else 0.</param>
public sealed record HeldOutScores(ImmutableArray<double> Probabilities, ImmutableArray<int> Labels)
{
    /// <summary>Scores the rows of <paramref name="csvPath"/>, read as <paramref name="request"/> reads its CSV, with the model in
    /// <paramref name="modelFile"/> (any family, mlp included).</summary>
    /// <remarks>Rows are read in file order, as <see cref="FamilyTrainer"/> scores its test file, so two models scored on the same
    /// file can be compared row by row.</remarks>
    public static HeldOutScores Score(byte[] modelFile, BinaryTrainingRequest request, string csvPath, int seed)
    {
        ArgumentNullException.ThrowIfNull(modelFile);
        ArgumentNullException.ThrowIfNull(request);
        var ml = new MLContext(seed) { GpuDeviceId = null };
        var model = FamilyModelFile.Load(ml, modelFile, out _);
        var rows = TrainingData.Load(ml, request with { CsvPath = csvPath, TrainBefore = null, TestCsvPath = null });
        var scored = ml.Data.CreateEnumerable<ScoredRow>(model.Transform(rows), reuseRowObject: false).ToList();
        return new([.. scored.Select(r => (double)r.Probability)], [.. scored.Select(r => r.Label ? 1 : 0)]);
    }

    private sealed class ScoredRow
    {
        public bool Label { get; set; }

        public float Probability { get; set; }
    }
}

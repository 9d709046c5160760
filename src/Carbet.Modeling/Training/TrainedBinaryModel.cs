using System.Collections.Immutable;

namespace Carbet.Modeling.Training;

/// <summary>A fitted binary classifier, saved as an ML.NET model file, with its scores on held-out rows.</summary>
/// <param name="ModelFile">The ML.NET model archive (zip) bytes.</param>
/// <param name="TestMetrics">Scores on the test rows: <c>test_auc</c>, <c>test_log_loss</c>, <c>test_accuracy</c>, ...</param>
/// <param name="TestProbabilities">The predicted probability of the positive class for each test row, in row order.</param>
/// <param name="TestLabels">The true class (0 or 1) of each test row, in the same order.</param>
public sealed record TrainedBinaryModel(
    byte[] ModelFile,
    ImmutableSortedDictionary<string, double> TestMetrics,
    long TrainRows,
    long TestRows,
    TimeSpan FitTime,
    ImmutableArray<double> TestProbabilities,
    ImmutableArray<int> TestLabels);

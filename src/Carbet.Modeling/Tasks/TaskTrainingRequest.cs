using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Modeling.Features;

namespace Carbet.Modeling.Tasks;

/// <summary>What to learn for a multiclass or regression task: training and test CSV files, the target and the input columns.</summary>
/// <param name="Task">Multiclass or regression.</param>
/// <param name="CsvPath">A comma-separated file with a header row holding the training rows.</param>
/// <param name="TestCsvPath">A file with the same columns holding the test rows, which only score.</param>
/// <param name="Target">The target column: a class index 0 to <see cref="ClassCount"/> − 1 for multiclass, a number for regression.</param>
/// <param name="NumericFeatures">Columns read as numbers; blanks and unreadable values become missing.</param>
/// <param name="CategoricalFeatures">Columns read as labels: one-hot encoded up to <see cref="FeatureOptions.MaxOneHot"/> levels, hashed above.</param>
public sealed record TaskTrainingRequest(
    TaskKind Task,
    string CsvPath,
    string TestCsvPath,
    string Target,
    ImmutableArray<string> NumericFeatures,
    ImmutableArray<string> CategoricalFeatures)
{
    /// <value>The number of classes of a multiclass target, at least 2; ignored for regression. The default is 0.</value>
    public int ClassCount { get; init; }

    /// <value>Columns holding ISO dates or timestamps, split into year, month, day of week and hour. The default is none.</value>
    public ImmutableArray<string> DateFeatures { get; init; } = [];

    /// <value>The column of ISO dates that orders rows in time; when set, cross-validation uses expanding-window time-ordered
    /// folds instead of stratified (multiclass) or random (regression) ones. The default is none.</value>
    public string? TimeColumn { get; init; }

    /// <value>How columns become features; target encoding and class weights are binary-only and ignored here. The default is
    /// <see cref="FeatureOptions.Default"/>.</value>
    public FeatureOptions Features { get; init; } = FeatureOptions.Default;
}

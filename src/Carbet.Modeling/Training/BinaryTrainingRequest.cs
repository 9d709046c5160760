using System.Collections.Immutable;

using Carbet.Modeling.Features;

namespace Carbet.Modeling.Training;

/// <summary>What to learn: a CSV file, its binary target and the columns the model may use.</summary>
/// <param name="CsvPath">A comma-separated file with a header row.</param>
/// <param name="Target">The target column, holding 0 and 1.</param>
/// <param name="NumericFeatures">Columns read as numbers; blanks and unreadable values become missing.</param>
/// <param name="CategoricalFeatures">Columns read as labels and one-hot encoded.</param>
public sealed record BinaryTrainingRequest(
    string CsvPath,
    string Target,
    ImmutableArray<string> NumericFeatures,
    ImmutableArray<string> CategoricalFeatures)
{
    /// <value>Keep only rows whose date column is before a date, e.g. the months whose labels are known. The default is every row.</value>
    public TimeCutoff? TrainBefore { get; init; }

    /// <value>A CSV file with the same columns holding the test rows; when set, every row of <see cref="CsvPath"/> trains and
    /// <see cref="TestFraction"/> is ignored. The default is none: the test rows are drawn from <see cref="CsvPath"/>.</value>
    public string? TestCsvPath { get; init; }

    /// <value>The share of rows held out for the test score, 0.05 to 0.5. The default is 0.2.</value>
    public double TestFraction { get; init; } = 0.2;

    /// <value>Columns holding ISO dates or timestamps, split into year, month, day of week and hour. The default is none.</value>
    public ImmutableArray<string> DateFeatures { get; init; } = [];

    /// <value>The column of ISO dates that orders rows in time; when set, cross-validation uses expanding-window
    /// time-ordered folds instead of stratified ones. The default is none.</value>
    public string? TimeColumn { get; init; }

    /// <value>How columns become features and rows are weighted. The default is <see cref="FeatureOptions.Default"/>.</value>
    public FeatureOptions Features { get; init; } = FeatureOptions.Default;
}

/// <summary>Rows whose ISO date in <paramref name="Column"/> is on or after <paramref name="Before"/> are left out.</summary>
public sealed record TimeCutoff(string Column, DateOnly Before);

using System.Collections.Immutable;

using Carbet.Core;

namespace Carbet.Modeling.Families;

/// <summary>The rows each cross-validation fold trains and tests on, as one flag per row.</summary>
internal sealed record CrossValidationSplits(string Method, ImmutableArray<(ImmutableArray<bool> Train, ImmutableArray<bool> Test)> Folds)
{
    public const string Stratified = "stratified";
    public const string TimeOrdered = "time-ordered expanding window";

    /// <summary>Stratified folds: every row is tested once and trains the other folds.</summary>
    public static CrossValidationSplits StratifiedOf(IReadOnlyList<bool> labels, int folds, Random random)
    {
        var assignment = StratifiedFolds.Assign(labels, folds, random);
        return new(Stratified, [.. Enumerable.Range(0, folds).Select(f =>
            (ImmutableArray.CreateRange(assignment, a => a != f), ImmutableArray.CreateRange(assignment, a => a == f)))]);
    }

    /// <summary>As scikit-learn's TimeSeriesSplit: rows in time order (ISO text; blanks first, ties by row number) cut into
    /// <paramref name="folds"/> + 1 blocks; fold k tests on block k + 1 and trains on every row before it.</summary>
    public static CrossValidationSplits TimeOrderedOf(IReadOnlyList<string> times, IReadOnlyList<bool> labels, int folds, string column)
    {
        var order = Enumerable.Range(0, times.Count).OrderBy(r => times[r], StringComparer.Ordinal).ThenBy(r => r).ToArray();
        var testSize = times.Count / (folds + 1);
        var firstTest = times.Count - (folds * testSize);
        var result = ImmutableArray.CreateBuilder<(ImmutableArray<bool>, ImmutableArray<bool>)>(folds);
        for (var fold = 0; fold < folds; fold++)
        {
            var (train, test) = (new bool[times.Count], new bool[times.Count]);
            var start = firstTest + (fold * testSize);
            for (var rank = 0; rank < start + testSize; rank++)
                (rank < start ? train : test)[order[rank]] = true;
            var positives = Enumerable.Range(0, times.Count).Count(r => test[r] && labels[r]);
            if (positives == 0 || positives == testSize)
            {
                throw new UserErrorException($"Time-ordered fold {fold} (the rows of block {fold + 1} by '{column}') holds only one class, so its AUC is undefined.",
                    "Use fewer folds, or give more rows of the rarer class spread over time.");
            }
            result.Add(([.. train], [.. test]));
        }
        return new(TimeOrdered, result.MoveToImmutable());
    }
}

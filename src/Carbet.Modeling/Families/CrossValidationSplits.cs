using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;

namespace Carbet.Modeling.Families;

/// <summary>The rows each cross-validation fold trains and tests on, as one flag per row.</summary>
/// <remarks>One place for every task: binary and multiclass folds are stratified by class, regression folds random, and any
/// task's folds time-ordered when the request names a time column.</remarks>
internal sealed record CrossValidationSplits(string Method, ImmutableArray<(ImmutableArray<bool> Train, ImmutableArray<bool> Test)> Folds)
{
    public const string Stratified = "stratified";
    public const string Shuffled = "random";
    public const string TimeOrdered = "time-ordered expanding window";

    /// <summary>Stratified folds of a binary target: every row is tested once and trains the other folds.</summary>
    public static CrossValidationSplits StratifiedOf(IReadOnlyList<bool> labels, int folds, Random random) =>
        StratifiedOf([.. labels.Select(l => l ? 1 : 0)], folds, random);

    /// <summary>Stratified folds of class indexes: each fold holds every class's share to within one row.</summary>
    public static CrossValidationSplits StratifiedOf(IReadOnlyList<int> classes, int folds, Random random) =>
        Of(Stratified, StratifiedFolds.Assign(classes, folds, random), folds);

    /// <summary>Rows shuffled, then dealt to the folds in turn.</summary>
    public static CrossValidationSplits RandomOf(int rows, int folds, Random random)
    {
        var order = Enumerable.Range(0, rows).ToArray();
        random.Shuffle(order);
        var assignment = new int[rows];
        for (var i = 0; i < order.Length; i++)
            assignment[order[i]] = i % folds;
        return Of(Shuffled, [.. assignment], folds);
    }

    /// <summary>Time-ordered folds of a binary target; each test block must hold both classes, or its AUC is undefined.</summary>
    public static CrossValidationSplits TimeOrderedOf(IReadOnlyList<string> times, IReadOnlyList<bool> labels, int folds, string column)
    {
        var splits = TimeOrderedOf(times, folds);
        for (var fold = 0; fold < folds; fold++)
        {
            var test = splits.Folds[fold].Test;
            var positives = Enumerable.Range(0, times.Count).Count(r => test[r] && labels[r]);
            if (positives == 0 || positives == test.Count(t => t))
            {
                throw new UserErrorException($"Time-ordered fold {fold} (the rows of block {fold + 1} by '{column}') holds only one class, so its AUC is undefined.",
                    "Use fewer folds, or give more rows of the rarer class spread over time.");
            }
        }
        return splits;
    }

    /// <summary>Time-ordered folds of class indexes 0 to <paramref name="classCount"/> − 1; each test block must hold every
    /// class, so its macro-F1 weighs every class.</summary>
    public static CrossValidationSplits TimeOrderedOf(IReadOnlyList<string> times, IReadOnlyList<int> classes, int classCount, int folds, string column)
    {
        var splits = TimeOrderedOf(times, folds);
        for (var fold = 0; fold < folds; fold++)
        {
            var test = splits.Folds[fold].Test;
            var present = Enumerable.Range(0, times.Count).Where(r => test[r]).Select(r => classes[r]).ToHashSet();
            if (Enumerable.Range(0, classCount).FirstOrDefault(k => !present.Contains(k), -1) is var missing and >= 0)
            {
                throw new UserErrorException(string.Create(CultureInfo.InvariantCulture,
                    $"Time-ordered fold {fold} (the rows of block {fold + 1} by '{column}') holds no row of class {missing}, so its macro-F1 would leave that class out."),
                    "Use fewer folds, or give more rows of the rarer classes spread over time.");
            }
        }
        return splits;
    }

    /// <summary>As scikit-learn's TimeSeriesSplit: rows in time order (ISO text; blanks first, ties by row number) cut into
    /// <paramref name="folds"/> + 1 blocks; fold k tests on block k + 1 and trains on every row before it.</summary>
    public static CrossValidationSplits TimeOrderedOf(IReadOnlyList<string> times, int folds)
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
            result.Add(([.. train], [.. test]));
        }
        return new(TimeOrdered, result.MoveToImmutable());
    }

    private static CrossValidationSplits Of(string method, ImmutableArray<int> assignment, int folds) =>
        new(method, [.. Enumerable.Range(0, folds).Select(f =>
            (ImmutableArray.CreateRange(assignment, a => a != f), ImmutableArray.CreateRange(assignment, a => a == f)))]);
}

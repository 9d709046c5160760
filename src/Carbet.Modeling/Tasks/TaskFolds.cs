using System.Collections.Immutable;

namespace Carbet.Modeling.Tasks;

/// <summary>Assigns rows to cross-validation folds: stratified by class for multiclass, at random for regression.</summary>
internal static class TaskFolds
{
    public const string Stratified = "stratified";
    public const string Random = "random";

    /// <summary>Each fold holds nearly the same share of each class; the fold counter runs on across classes, so fold sizes
    /// differ by at most one row.</summary>
    public static ImmutableArray<int> StratifiedOf(IReadOnlyList<int> classes, int folds, System.Random random)
    {
        var result = new int[classes.Count];
        var next = 0;
        foreach (var label in classes.Distinct().Order())
        {
            var rows = Enumerable.Range(0, classes.Count).Where(i => classes[i] == label).ToArray();
            random.Shuffle(rows);
            foreach (var row in rows)
                result[row] = next++ % folds;
        }
        return [.. result];
    }

    /// <summary>Rows shuffled, then dealt to the folds in turn.</summary>
    public static ImmutableArray<int> RandomOf(int rows, int folds, System.Random random)
    {
        var order = Enumerable.Range(0, rows).ToArray();
        random.Shuffle(order);
        var result = new int[rows];
        for (var i = 0; i < order.Length; i++)
            result[order[i]] = i % folds;
        return [.. result];
    }
}

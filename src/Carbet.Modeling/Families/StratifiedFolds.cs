using System.Collections.Immutable;

namespace Carbet.Modeling.Families;

/// <summary>Assigns rows to folds so each fold holds nearly the same share of each class.</summary>
internal static class StratifiedFolds
{
    /// <summary>Classes are dealt in increasing order, each one's rows shuffled; the fold counter runs on across classes, so
    /// fold sizes differ by at most one row.</summary>
    public static ImmutableArray<int> Assign(IReadOnlyList<int> classes, int folds, Random random)
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
}

using System.Collections.Immutable;

namespace Carbet.Modeling.Families;

/// <summary>Assigns rows to folds so each fold holds nearly the same share of each class.</summary>
internal static class StratifiedFolds
{
    public static ImmutableArray<int> Assign(IReadOnlyList<bool> labels, int folds, Random random)
    {
        var result = new int[labels.Count];
        var next = 0;
        // The fold counter runs on across classes, so fold sizes differ by at most one row.
        foreach (var positive in (bool[])[false, true])
        {
            var rows = Enumerable.Range(0, labels.Count).Where(i => labels[i] == positive).ToArray();
            random.Shuffle(rows);
            foreach (var row in rows)
                result[row] = next++ % folds;
        }
        return [.. result];
    }
}

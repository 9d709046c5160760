using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;

namespace Carbet.Evaluation.Fairness;

/// <summary>Row weights that make the label independent of the sensitive attribute on the training rows, as Kamiran and Calders
/// (2012) and AIF360's <c>Reweighing</c>: each row weighs P(group)·P(label) / P(group, label).</summary>
/// <remarks>Mitigation happens when a model is retrained with these weights. After reweighing, every group that holds both labels
/// has the overall positive rate as its weighted positive rate, and the weights sum to the row count when every group holds both
/// labels; a group with one label only keeps its rate, since no weight can create the label it lacks.</remarks>
public static class Reweighing
{
    /// <summary>Computes each row's weight.</summary>
    /// <param name="groups">Each row's value of the sensitive attribute; null means missing and forms the group <c>(missing)</c>.</param>
    /// <param name="labels">One 0/1 label per row, in the same order.</param>
    /// <returns>One weight per row, in the order of the rows.</returns>
    /// <exception cref="UserErrorException">The lengths differ, there are no rows, or a label is not 0 or 1.</exception>
    public static ImmutableArray<double> Weights(IReadOnlyList<string?> groups, ReadOnlySpan<int> labels)
    {
        var cells = Table(groups, labels);
        var weightOf = cells.ToDictionary(c => (c.Group, c.Label), c => c.Weight);
        var weights = ImmutableArray.CreateBuilder<double>(labels.Length);
        for (var i = 0; i < labels.Length; i++)
            weights.Add(weightOf[(groups[i] ?? SensitiveGroups.Missing, labels[i])]);
        return weights.MoveToImmutable();
    }

    /// <summary>Lists the (group, label) cells that hold rows, with their counts, probabilities and weights, for the report.</summary>
    /// <param name="groups">Each row's value of the sensitive attribute; null means missing and forms the group <c>(missing)</c>.</param>
    /// <param name="labels">One 0/1 label per row, in the same order.</param>
    /// <returns>The cells in ordinal order of the groups' names, label 0 before label 1; cells without rows are absent.</returns>
    /// <exception cref="UserErrorException">The lengths differ, there are no rows, or a label is not 0 or 1.</exception>
    public static ImmutableArray<ReweighingCell> Table(IReadOnlyList<string?> groups, ReadOnlySpan<int> labels)
    {
        ArgumentNullException.ThrowIfNull(groups);
        Validate(groups, labels);
        var counts = new SortedDictionary<string, long[]>(StringComparer.Ordinal);
        var labelCounts = new long[2];
        for (var i = 0; i < labels.Length; i++)
        {
            var group = groups[i] ?? SensitiveGroups.Missing;
            if (!counts.TryGetValue(group, out var cell))
                counts[group] = cell = new long[2];
            cell[labels[i]]++;
            labelCounts[labels[i]]++;
        }
        double n = labels.Length;
        var table = ImmutableArray.CreateBuilder<ReweighingCell>();
        foreach (var (group, cell) in counts)
        {
            var groupCount = cell[0] + cell[1];
            for (var label = 0; label < 2; label++)
            {
                if (cell[label] == 0)
                    continue;
                // from the counts rather than the rounded probabilities, so that simple cases come out exact
                var weight = groupCount * (double)labelCounts[label] / (n * cell[label]);
                table.Add(new ReweighingCell(group, label, cell[label], groupCount / n * (labelCounts[label] / n), cell[label] / n, weight));
            }
        }
        return table.ToImmutable();
    }

    private static void Validate(IReadOnlyList<string?> groups, ReadOnlySpan<int> labels)
    {
        if (groups.Count != labels.Length)
        {
            throw new UserErrorException(
                Invariant($"There are {groups.Count} group values but {labels.Length} labels."),
                "Pass one value of the sensitive attribute and one label per training row, in the same order.");
        }
        if (labels.Length == 0)
            throw new UserErrorException("There are no rows to reweigh.", "Reweigh the rows of a non-empty training set.");
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] is not (0 or 1))
            {
                throw new UserErrorException(
                    Invariant($"Row {i} has label {labels[i]}, but a binary label must be 0 or 1."),
                    "Encode the positive class as 1 and the negative class as 0.");
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;

using Carbet.Core;

namespace Carbet.Evaluation.Fairness;

/// <summary>The validated rows of an audit, encoded once so that a bootstrap resample is only counting.</summary>
/// <param name="Names">The groups' names, in ordinal order.</param>
/// <param name="GroupOf">Each row's index into <paramref name="Names"/>.</param>
/// <param name="Cells">Each row's confusion cell code, <c>group * 4 + label * 2 + predicted</c>, as <see cref="BetweenGroups"/> reads it.</param>
/// <param name="Missing">The number of rows whose attribute value is missing.</param>
internal sealed record AuditInput(string[] Names, int[] GroupOf, int[] Cells, long Missing)
{
    public static AuditInput Encode(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels, IReadOnlyList<string?> groups, double threshold)
    {
        ArgumentNullException.ThrowIfNull(groups);
        Validate(scores, labels, groups);
        CheckThreshold(threshold);
        var names = GroupNames(groups);
        return WithCells(scores, labels, groups, names, names.Select(_ => threshold).ToArray());
    }

    /// <summary>Encodes rows whose decision threshold depends on their group, keyed by the group's name.</summary>
    public static AuditInput Encode(
        ReadOnlySpan<double> scores, ReadOnlySpan<int> labels, IReadOnlyList<string?> groups, IReadOnlyDictionary<string, double> thresholdPerGroup)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(thresholdPerGroup);
        Validate(scores, labels, groups);
        var names = GroupNames(groups);
        var thresholds = new double[names.Length];
        for (var g = 0; g < names.Length; g++)
        {
            if (!thresholdPerGroup.TryGetValue(names[g], out thresholds[g]))
            {
                throw new UserErrorException(
                    $"No threshold is given for the group '{names[g]}'.",
                    $"Give a threshold for every group: {string.Join(", ", names)}.");
            }
            CheckThreshold(thresholds[g]);
        }
        return WithCells(scores, labels, groups, names, thresholds);
    }

    private static string[] GroupNames(IReadOnlyList<string?> groups)
    {
        var names = groups.Select(g => g ?? SensitiveGroups.Missing).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (names.Length < 2)
        {
            throw new UserErrorException(
                $"Every row is in the group '{names[0]}', so there is nothing to compare it with.",
                "Audit an attribute that takes at least two values on the evaluated rows.");
        }
        return names;
    }

    private static AuditInput WithCells(
        ReadOnlySpan<double> scores, ReadOnlySpan<int> labels, IReadOnlyList<string?> groups, string[] names, double[] thresholds)
    {
        var index = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var (groupOf, cells, missing) = (new int[labels.Length], new int[labels.Length], 0L);
        for (var i = 0; i < labels.Length; i++)
        {
            missing += groups[i] is null ? 1 : 0;
            groupOf[i] = index[groups[i] ?? SensitiveGroups.Missing];
            cells[i] = (groupOf[i] * 4) + (labels[i] * 2) + (scores[i] >= thresholds[groupOf[i]] ? 1 : 0);
        }
        return new AuditInput(names, groupOf, cells, missing);
    }

    public long[] Counts()
    {
        var counts = new long[Names.Length * 4];
        foreach (var cell in Cells)
            counts[cell]++;
        return counts;
    }

    private static void CheckThreshold(double threshold)
    {
        if (!double.IsFinite(threshold))
            throw new UserErrorException(Invariant($"The threshold {threshold} is not a finite number."), "Pass the decision threshold the model is used with, such as 0.5.");
    }

    private static void Validate(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels, IReadOnlyList<string?> groups)
    {
        if (scores.Length != labels.Length || groups.Count != labels.Length)
        {
            throw new UserErrorException(
                Invariant($"There are {scores.Length} scores, {labels.Length} labels and {groups.Count} group values."),
                "Pass one score, one label and one value of the sensitive attribute per row, in the same order.");
        }
        if (labels.Length == 0)
            throw new UserErrorException("There are no rows to audit.", "Audit the scores of a non-empty evaluation set.");
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] is not (0 or 1))
            {
                throw new UserErrorException(
                    Invariant($"Row {i} has label {labels[i]}, but a binary label must be 0 or 1."),
                    "Encode the positive class as 1 and the negative class as 0.");
            }
            if (scores[i] is not (>= 0 and <= 1))
            {
                throw new UserErrorException(
                    Invariant($"Row {i} has score {scores[i]:R}, which is not a probability in [0, 1]."),
                    "Audit the model's predicted probabilities, after removing or imputing rows whose output is NaN.");
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

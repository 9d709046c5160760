using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Profiling;

/// <summary>Profiles a dictionary-encoded text column from its code counts.</summary>
internal static class TextColumnStatistics
{
    public static ColumnResult Compute(TextColumn column, ProfileOptions options, TargetCodes? target)
    {
        var dictionary = column.Dictionary;
        var counts = new long[dictionary.Length];
        long n = 0;
        foreach (var code in column.Codes)
        {
            if (code < 0)
                continue;
            counts[code]++;
            n++;
        }
        var top = TopValues.Select(counts.Length, options.TopValues, c => counts[c], (a, b) => string.CompareOrdinal(dictionary[a], dictionary[b]))
            .Select(c => new ValueCount(dictionary[c], counts[c])).ToImmutableArray();
        var (distinct, shortest, longest) = (0L, int.MaxValue, 0);
        for (var c = 0; c < counts.Length; c++)
        {
            if (counts[c] == 0)
                continue;
            distinct++;
            shortest = Math.Min(shortest, dictionary[c].Length);
            longest = Math.Max(longest, dictionary[c].Length);
        }
        var lengths = distinct > 0 ? new LengthRange(shortest, longest) : null;
        var profile = new ColumnProfile(column.Name, column.Kind, n, Profiles.Missing(column, column.Length - n), distinct, top, null, null, lengths);
        var relation = target is null || column.Kind != ColumnKind.Category ? null : Relation(column, counts.Length, target);
        return new ColumnResult(profile, null, relation);
    }

    // The score of a category is its target rate, so the AUC is in-sample: a many-valued column can look strong by chance.
    private static TargetRelation Relation(TextColumn column, int size, TargetCodes target)
    {
        var joint = new long[Math.Max(size, 1) * target.Levels];
        var codes = column.Codes;
        for (var i = 0; i < codes.Length; i++)
        {
            if (codes[i] >= 0 && target.Codes[i] >= 0)
                joint[(codes[i] * target.Levels) + target.Codes[i]]++;
        }
        var auc = double.NaN;
        if (target.IsBinary)
        {
            var groups = Enumerable.Range(0, size).Select(c => (Positives: joint[(c * 2) + 1], Negatives: joint[c * 2]))
                .Where(g => g.Positives + g.Negatives > 0)
                .GroupBy(g => (double)g.Positives / (g.Positives + g.Negatives))
                .OrderBy(g => g.Key)
                .Select(g => (g.Sum(x => x.Positives), g.Sum(x => x.Negatives)))
                .ToList();
            auc = Statistics.Auc(groups);
            auc = Math.Max(auc, 1 - auc);
        }
        return new TargetRelation(column.Name, auc, Statistics.MutualInformation(joint, Math.Max(size, 1), target.Levels));
    }
}

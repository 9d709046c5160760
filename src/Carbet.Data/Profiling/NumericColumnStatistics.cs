using System.Collections.Immutable;
using System.Globalization;

using Carbet.Data.Tables;

namespace Carbet.Data.Profiling;

/// <summary>Profiles a numeric column with one sort: moments, quantiles, histogram, top values, ranks and target relation.</summary>
internal static class NumericColumnStatistics
{
    /// <param name="buffers">Scratch space of at least the column length, reused across columns by one worker.</param>
    public static ColumnResult Compute(NumericColumn column, ProfileOptions options, bool keepRanks, TargetCodes? target, SortBuffers buffers)
    {
        var values = column.Values;
        var (sortedBuffer, rowsBuffer) = (buffers.Values, buffers.Rows);
        var n = 0;
        double sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
                continue;
            sortedBuffer[n] = values[i];
            rowsBuffer[n++] = i;
            sum += values[i];
        }
        var sorted = sortedBuffer.AsSpan(0, n);
        var rows = rowsBuffer.AsSpan(0, n);
        sorted.Sort(rows);
        var runs = Runs(sorted, buffers.Runs);
        var missing = Profiles.Missing(column, values.Length - n);
        var top = TopValues.Select(runs.Count, options.TopValues, r => runs[r].Length, (a, b) => a.CompareTo(b))
            .Select(r => new ValueCount(sortedBuffer[runs[r].Start].ToString("R", CultureInfo.InvariantCulture), runs[r].Length))
            .ToImmutableArray();
        NumericSummary? summary = null;
        if (n > 0)
        {
            var mean = sum / n;
            double squares = 0;
            long zeros = 0;
            foreach (var v in sorted)
            {
                squares += (v - mean) * (v - mean);
                zeros += v == 0 ? 1 : 0;
            }
            var quantiles = new QuantileSummary(Statistics.Quantile(sorted, 0.05), Statistics.Quantile(sorted, 0.25),
                Statistics.Quantile(sorted, 0.5), Statistics.Quantile(sorted, 0.75), Statistics.Quantile(sorted, 0.95));
            var std = n > 1 ? Math.Sqrt(squares / (n - 1)) : double.NaN;
            summary = new NumericSummary(sorted[0], sorted[^1], mean, std, quantiles, zeros, Statistics.Histogram(sorted, options.Bins));
        }
        var profile = new ColumnProfile(column.Name, column.Kind, n, missing, runs.Count, top, summary, null, null);
        var ranks = keepRanks ? Ranks(runs, rows, values.Length) : null;
        var relation = target is null ? null : Relation(column.Name, runs, rows, n, target, options.Bins, buffers.Groups);
        return new ColumnResult(profile, ranks, relation);
    }

    private static List<(int Start, int Length)> Runs(ReadOnlySpan<double> sorted, List<(int Start, int Length)> runs)
    {
        runs.Clear();
        for (var start = 0; start < sorted.Length;)
        {
            var end = start + 1;
            while (end < sorted.Length && sorted[end] == sorted[start])
                end++;
            runs.Add((start, end - start));
            start = end;
        }
        return runs;
    }

    // twice the midrank, an exact integer, and 0 where missing: half the memory of doubles, and Pearson r is unchanged
    private static int[] Ranks(List<(int Start, int Length)> runs, ReadOnlySpan<int> rows, int length)
    {
        var ranks = new int[length];
        foreach (var (start, count) in runs)
        {
            var twiceMidrank = (2 * start) + count + 1;
            for (var k = start; k < start + count; k++)
                ranks[rows[k]] = twiceMidrank;
        }
        return ranks;
    }

    // Few distinct values: one level each; else equal-frequency bins by sorted position, ties kept in one bin.
    private static TargetRelation Relation(string name, List<(int Start, int Length)> runs, ReadOnlySpan<int> rows, int n, TargetCodes target,
        int bins, List<(long Positives, long Negatives)> groups)
    {
        var levels = runs.Count <= bins ? runs.Count : bins;
        var joint = new long[Math.Max(levels, 1) * target.Levels];
        groups.Clear();
        for (var index = 0; index < runs.Count; index++)
        {
            var run = runs[index];
            var level = runs.Count <= bins ? index : Math.Min(bins - 1, (int)((long)run.Start * bins / n));
            long positives = 0, negatives = 0;
            for (var k = run.Start; k < run.Start + run.Length; k++)
            {
                var code = target.Codes[rows[k]];
                if (code < 0)
                    continue;
                joint[(level * target.Levels) + code]++;
                positives += code == 1 ? 1 : 0;
                negatives += code == 0 ? 1 : 0;
            }
            groups.Add((positives, negatives));
        }
        var auc = target.IsBinary ? Statistics.Auc(groups) : double.NaN;
        return new TargetRelation(name, Math.Max(auc, 1 - auc), Statistics.MutualInformation(joint, Math.Max(levels, 1), target.Levels));
    }
}

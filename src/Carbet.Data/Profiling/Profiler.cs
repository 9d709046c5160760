using System.Collections.Concurrent;
using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Profiling;

/// <summary>Profiles a table: per-column summaries, duplicates, pairwise associations, relation to the target, alerts.</summary>
/// <remarks>One sort per numeric column serves quantiles, top values, ranks and the target AUC; columns, then pairs,
/// run in parallel. Memory beyond the table is about one rank array per numeric association column.</remarks>
public static class Profiler
{
    /// <summary>Profiles the table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">The target, id and time columns, and the thresholds.</param>
    /// <param name="progress">Receives the fraction done, 0 to 1.</param>
    /// <param name="ct">Cancels the work.</param>
    /// <exception cref="UserErrorException">An option names a missing column or is out of range.</exception>
    public static DatasetProfile Profile(DataTable table, ProfileOptions options, IProgress<double>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        Check(options);
        var target = options.Target is null ? null : TargetCodes.From(table[options.Target], options);
        var id = options.Id is null ? null : table[options.Id];
        var time = options.Time is null ? null : table[options.Time] as DateTimeColumn
            ?? throw new UserErrorException($"The time column '{options.Time}' does not hold dates.", "Set the time column to a date column.");
        foreach (var name in options.DateAfterOutcome)
            _ = table[name];
        var plan = AssociationPlan.Choose(table, options);

        var columns = new ColumnResult[table.Columns.Length];
        var done = 0;
        // pooled, not Parallel.For's localInit: that runs again each time a worker task yields (every few hundred
        // milliseconds), which made fresh buffers for nearly every column
        var pool = new ConcurrentBag<SortBuffers>();
        Parallel.For(0, columns.Length, new ParallelOptions { CancellationToken = ct }, i =>
        {
            var buffers = pool.TryTake(out var free) ? free : new SortBuffers(table.RowCount);
            var column = table.Columns[i];
            var scored = target is not null && column.Name != target.Name && column != id && column != time ? target : null;
            columns[i] = column switch
            {
                NumericColumn numeric => NumericColumnStatistics.Compute(numeric, options, plan.Contains(i), scored, buffers),
                TextColumn text => TextColumnStatistics.Compute(text, options, scored),
                DateTimeColumn dates => DateColumnStatistics.Compute(dates, buffers),
                _ => throw new System.Diagnostics.UnreachableException($"No profile for {column.GetType().Name}."),
            };
            pool.Add(buffers);
            progress?.Report(0.5 * Interlocked.Increment(ref done) / columns.Length);
        });

        var (duplicates, near) = RowHashing.Find(table, id, ct);
        progress?.Report(0.6);
        var associations = Associations.Compute(table, plan, columns, f => progress?.Report(0.6 + (0.4 * f)), ct);
        var profiles = columns.Select(c => c.Profile).ToImmutableArray();
        var relations = columns.Where(c => c.Relation is not null).Select(c => c.Relation!).ToImmutableArray();
        var leaks = LeakingDates(table, time, options);
        var alerts = ProfileAlerts.Build(profiles, duplicates, near, target?.Balance, relations, leaks, options);
        progress?.Report(1);
        return new DatasetProfile(table.Source, table.RowCount, table.Columns.Length, duplicates, near,
            [.. profiles.Where(p => p.Distinct == 1).Select(p => p.Name)],
            [.. profiles.Where(p => p.Count == 0).Select(p => p.Name)],
            [.. profiles.Where(p => IsHighCardinality(p, options)).Select(p => p.Name)],
            target?.Balance, profiles, associations, relations, alerts);
    }

    internal static bool IsHighCardinality(ColumnProfile profile, ProfileOptions options) =>
        profile.Kind == ColumnKind.Category && profile.Distinct > options.HighCardinality;

    private static ImmutableArray<(string Column, string Reason)> LeakingDates(DataTable table, DateTimeColumn? time, ProfileOptions options)
    {
        var leaks = options.DateAfterOutcome.Select(name => (name, "is listed as recorded after the outcome")).ToList();
        if (time is not null)
        {
            foreach (var column in table.Columns.OfType<DateTimeColumn>())
            {
                if (column == time || options.DateAfterOutcome.Contains(column.Name))
                    continue;
                var share = DateColumnStatistics.ShareAfter(column, time);
                if (share > 0.5)
                    leaks.Add((column.Name, $"is later than '{time.Name}' on {share:P0} of rows"));
            }
        }
        return [.. leaks];
    }

    private static void Check(ProfileOptions options)
    {
        static void Require(bool ok, string problem, string fix)
        {
            if (!ok)
                throw new UserErrorException(problem, fix);
        }
        Require(options.Bins is >= 2 and <= 1000, $"Profile bins is {options.Bins}.", "Set bins between 2 and 1000.");
        Require(options.TopValues >= 0, $"Profile top values is {options.TopValues}.", "Set top values to 0 or more.");
        Require(options.HighCardinality >= 2, $"Profile high cardinality is {options.HighCardinality}.", "Set it to 2 or more.");
        Require(options.MaxAssociationColumns >= 0, $"Profile max association columns is {options.MaxAssociationColumns}.", "Set it to 0 or more.");
        Require(options.LeakageAuc is > 0.5 and <= 1, $"Profile leakage AUC is {options.LeakageAuc}.", "Set it above 0.5 and at most 1.");
    }
}

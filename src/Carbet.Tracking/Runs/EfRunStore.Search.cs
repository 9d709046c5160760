using Carbet.Core;
using Carbet.Tracking.Storage;
using Carbet.Tracking.Storage.Rows;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Runs;

internal sealed partial class EfRunStore
{
    public const int MaxTake = 1000;

    /// <remarks>Filtering, ordering and paging run in SQL; only the page is loaded.</remarks>
    public Task<RunPage> SearchAsync(RunQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Take is < 1 or > MaxTake)
            throw new UserErrorException($"A page of {query.Take} runs was asked for.", $"Ask for 1 to {MaxTake} runs per page.");
        if (query.Skip < 0)
            throw new UserErrorException($"Cannot skip {query.Skip} runs.", "Skip 0 runs or more.");
        if (query.OrderBy.Field == RunOrderField.Metric && string.IsNullOrWhiteSpace(query.OrderBy.Key))
            throw new UserErrorException("Runs cannot be ordered by a metric without its name.", "Name the metric to order by, such as 'auc'.");
        return engine.ReadAsync(async db =>
        {
            IQueryable<RunRow> runs = db.Runs.AsNoTracking();
            if (query.Experiment is { } experiment)
                runs = runs.Where(r => r.Experiment!.Name == experiment);
            if (query.Status is { } status)
                runs = runs.Where(r => r.Status == status);
            foreach (var filter in query.Filters)
                runs = RunFilters.Apply(db, runs, filter);
            var total = await runs.CountAsync(ct);
            var ids = await Order(db, runs, query.OrderBy).Skip(query.Skip).Take(query.Take).Select(r => r.Id).ToListAsync(ct);
            return new RunPage(await RunSnapshots.LoadAsync(db, ids, ct), total);
        });
    }

    private static IQueryable<RunRow> Order(StoreDbContext db, IQueryable<RunRow> runs, RunOrder order)
    {
        var descending = order.Descending;
        switch (order.Field)
        {
            case RunOrderField.Name:
                return descending
                    ? runs.OrderByDescending(r => r.Name).ThenByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
                    : runs.OrderBy(r => r.Name).ThenBy(r => r.StartedAt).ThenBy(r => r.Id);
            case RunOrderField.Metric:
                var key = order.Key!;
                var values = db.LatestMetrics.Where(m => m.Key == key);
                // runs without the metric (or with NaN) come last whichever the direction
                var present = runs.OrderBy(r => values.Any(m => m.RunId == r.Id && m.Value != null) ? 0 : 1);
                var sorted = descending
                    ? present.ThenByDescending(r => values.Where(m => m.RunId == r.Id).Select(m => m.Value).FirstOrDefault())
                    : present.ThenBy(r => values.Where(m => m.RunId == r.Id).Select(m => m.Value).FirstOrDefault());
                return sorted.ThenByDescending(r => r.StartedAt).ThenBy(r => r.Id);
            default:
                return descending
                    ? runs.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
                    : runs.OrderBy(r => r.StartedAt).ThenBy(r => r.Id);
        }
    }
}

using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Tracking.Storage;
using Carbet.Tracking.Storage.Rows;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Predictions;

/// <summary>The prediction log and feedback in the store's own tables.</summary>
internal sealed class EfPredictionStore(StoreEngine engine, TimeProvider time) : IPredictionStore
{
    public const int MaxTake = 10_000;

    public async Task<int> LogAsync(IReadOnlyList<PredictionRecord> predictions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        // one row per id even when a batch repeats one, so that the bulk insert never meets its own key twice
        var batch = predictions.DistinctBy(p => p.Id).Select(p => p with { CreatedAt = StoreTime.Normalize(p.CreatedAt) }).ToList();
        if (batch.Count == 0)
            return 0;
        return await engine.WriteAsync(async db =>
        {
            var ids = batch.Select(p => StoreEngine.Key(p.Id)).ToList();
            var stored = (await db.Predictions.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
            var fresh = batch.Where(p => !stored.Contains(StoreEngine.Key(p.Id))).ToList();
            if (fresh.Count > 0)
                await engine.InsertPredictionsAsync(db, fresh, ct);
            return fresh.Count;
        }, ct);
    }

    public Task<PredictionRecord?> GetAsync(Guid id, CancellationToken ct)
    {
        var key = StoreEngine.Key(id);
        return engine.ReadAsync(async db =>
        {
            var row = await db.Predictions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == key, ct);
            return row is null ? null : ToRecord(row);
        });
    }

    public Task<FeedbackResult> RecordFeedbackAsync(Guid predictionId, string outcome, string source, CancellationToken ct)
    {
        var label = Names.Check(outcome, "outcome");
        var from = Names.Check(source, "source");
        var key = StoreEngine.Key(predictionId);
        return engine.WriteAsync(async db =>
        {
            if (!await db.Predictions.AnyAsync(p => p.Id == key, ct))
                return new FeedbackResult(FeedbackStatus.UnknownPrediction, null);
            if (await db.Feedback.AsNoTracking().FirstOrDefaultAsync(f => f.PredictionId == key, ct) is { } existing)
            {
                var status = string.Equals(existing.Outcome, label, StringComparison.Ordinal) ? FeedbackStatus.Unchanged : FeedbackStatus.Conflict;
                return new FeedbackResult(status, ToRecord(existing));
            }
            var row = new FeedbackRow { PredictionId = key, Outcome = label, Source = from, RecordedAt = StoreTime.Now(time) };
            db.Feedback.Add(row);
            await db.SaveChangesAsync(ct);
            return new FeedbackResult(FeedbackStatus.Recorded, ToRecord(row));
        }, ct);
    }

    public Task<ImmutableArray<LabelledPrediction>> ListLabelledAsync(string model, DateTimeOffset? since, int take, CancellationToken ct)
    {
        if (take is < 1 or > MaxTake)
            throw new UserErrorException($"Cannot list {take} labelled predictions at once.", $"Ask for 1 to {MaxTake}.");
        var from = since is { } s ? StoreTime.Normalize(s) : (DateTimeOffset?)null;
        return engine.ReadAsync(async db =>
        {
            var query =
                from p in db.Predictions.AsNoTracking()
                join f in db.Feedback on p.Id equals f.PredictionId into feedback
                from f in feedback.DefaultIfEmpty()
                join r in db.Reviews on p.Id equals r.PredictionId into reviews
                from r in reviews.DefaultIfEmpty()
                where p.Model == model && (f != null || (r != null && r.DecidedLabel != null))
                select new { p, Outcome = f != null ? f.Outcome : null, Decided = r != null ? r.DecidedLabel : null };
            if (from is { } start)
                query = query.Where(x => x.p.CreatedAt >= start);
            var rows = await query.OrderBy(x => x.p.CreatedAt).ThenBy(x => x.p.Id).Take(take).ToListAsync(ct);
            return rows.Select(x => x.Outcome is not null
                ? new LabelledPrediction(ToRecord(x.p), x.Outcome, LabelledPrediction.FromFeedback)
                : new LabelledPrediction(ToRecord(x.p), x.Decided!, LabelledPrediction.FromReview)).ToImmutableArray();
        });
    }

    internal static PredictionRecord ToRecord(PredictionRow row) =>
        new(Guid.Parse(row.Id), row.Model, row.Version, row.Inputs, row.Score, row.Label, row.Band, StoreJson.ReadList(row.Reasons), row.LatencyMs, row.CreatedAt);

    private static FeedbackRecord ToRecord(FeedbackRow row) => new(Guid.Parse(row.PredictionId), row.Outcome, row.Source, row.RecordedAt);
}

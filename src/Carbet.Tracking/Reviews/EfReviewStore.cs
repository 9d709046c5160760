using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Tracking.Predictions;
using Carbet.Tracking.Storage;
using Carbet.Tracking.Storage.Rows;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Reviews;

/// <summary>The review queue and the stop switch in the store's own tables.</summary>
internal sealed partial class EfReviewStore(StoreEngine engine, TimeProvider time) : IReviewStore
{
    public const int MaxTake = 1000;

    public Task<ReviewPage> ListAsync(ReviewQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Take is < 1 or > MaxTake)
            throw new UserErrorException($"Cannot list {query.Take} reviews at once.", $"Ask for 1 to {MaxTake}.");
        if (query.Skip < 0)
            throw new UserErrorException($"Cannot skip {query.Skip} reviews.", "Skip 0 or more.");
        var status = query.Status is { } s ? ReviewStatusText.Format(s) : null;
        return engine.ReadAsync(async db =>
        {
            var rows = Joined(db);
            if (query.Model is { } model)
                rows = rows.Where(x => x.Prediction.Model == model);
            if (status is not null)
                rows = rows.Where(x => x.Review.Status == status);
            var total = await rows.CountAsync(ct);
            var page = await rows.OrderByDescending(x => x.Review.CreatedAt).ThenByDescending(x => x.Review.PredictionId)
                .Skip(query.Skip).Take(query.Take).ToListAsync(ct);
            return new ReviewPage([.. page.Select(x => ToRecord(x.Review, x.Prediction))], total);
        });
    }

    public Task<ReviewRecord?> GetAsync(Guid predictionId, CancellationToken ct)
    {
        var key = StoreEngine.Key(predictionId);
        return engine.ReadAsync(async db => await Joined(db).FirstOrDefaultAsync(x => x.Review.PredictionId == key, ct) is { } x
            ? ToRecord(x.Review, x.Prediction)
            : null);
    }

    public Task<DecisionResult> DecideAsync(Guid predictionId, ReviewDecision decision, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var reviewer = Names.Check(decision.Reviewer, "reviewer");
        if (decision.Status == ReviewStatus.Pending)
            throw new ArgumentException("A decision accepts or overrides.", nameof(decision));
        var overridden = decision.Status == ReviewStatus.Overridden;
        if (overridden && string.IsNullOrWhiteSpace(decision.Comment))
            throw new UserErrorException("Overriding a prediction needs a comment.", "Say why the model's label is wrong in the comment.");
        var label = overridden ? Names.Check(decision.Label, "label") : null;
        var key = StoreEngine.Key(predictionId);
        return engine.WriteAsync(async db =>
        {
            var now = StoreTime.Now(time);
            var predicted = await db.Predictions.Where(p => p.Id == key).Select(p => p.Label).FirstOrDefaultAsync(ct);
            // one conditional update: of two concurrent decisions, the second finds no pending row
            var changed = predicted is null ? 0 : await db.Reviews.Where(r => r.PredictionId == key && r.Status == ReviewStatusText.Pending)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(r => r.Status, ReviewStatusText.Format(decision.Status))
                    .SetProperty(r => r.Reviewer, reviewer)
                    .SetProperty(r => r.DecidedLabel, label ?? predicted)
                    .SetProperty(r => r.Comment, decision.Comment)
                    .SetProperty(r => r.DecidedAt, now), ct);
            var current = await Joined(db).FirstOrDefaultAsync(x => x.Review.PredictionId == key, ct);
            if (current is null)
                return new DecisionResult(DecisionStatus.UnknownReview, null);
            return new DecisionResult(changed == 1 ? DecisionStatus.Decided : DecisionStatus.AlreadyDecided, ToRecord(current.Review, current.Prediction));
        }, ct);
    }

    public Task<ReviewCounts> CountsAsync(string? model, CancellationToken ct) => engine.ReadAsync(async db =>
    {
        var rows = Joined(db);
        if (model is not null)
            rows = rows.Where(x => x.Prediction.Model == model);
        var counts = await rows.GroupBy(x => x.Review.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, StringComparer.Ordinal, ct);
        return new ReviewCounts(counts.GetValueOrDefault(ReviewStatusText.Pending), counts.GetValueOrDefault(ReviewStatusText.Accepted),
            counts.GetValueOrDefault(ReviewStatusText.Overridden));
    });

    private static IQueryable<ReviewWithPrediction> Joined(StoreDbContext db) =>
        db.Reviews.AsNoTracking().Join(db.Predictions.AsNoTracking(), r => r.PredictionId, p => p.Id, (r, p) => new ReviewWithPrediction { Review = r, Prediction = p });

    private static ReviewRecord ToRecord(ReviewRow review, PredictionRow prediction) =>
        new(EfPredictionStore.ToRecord(prediction), ReviewStatusText.Parse(review.Status), review.Reviewer, review.DecidedLabel, review.Comment,
            review.CreatedAt, review.DecidedAt);

    private sealed class ReviewWithPrediction
    {
        public required ReviewRow Review { get; init; }
        public required PredictionRow Prediction { get; init; }
    }
}

using Carbet.Tracking.Predictions;

namespace Carbet.Tracking.Storage;

internal sealed partial class SqliteStoreEngine
{
    private const string InsertPrediction =
        "INSERT INTO predictions (id, model, version, inputs, score, label, band, reasons, latency_ms, created_at) "
        + "VALUES (@id, @model, @version, @inputs, @score, @label, @band, @reasons, @latency, @created)";

    private const string InsertReview = "INSERT INTO reviews (prediction_id, status, created_at) VALUES (@id, 'pending', @created)";

    /// <summary>Prepared statements reused per row, in the caller's transaction.</summary>
    public override async Task InsertPredictionsAsync(StoreDbContext db, IReadOnlyList<PredictionRecord> predictions, CancellationToken ct)
    {
        await using var command = Command(db, InsertPrediction);
        var id = Parameter(command, "@id", "");
        var model = Parameter(command, "@model", "");
        var version = Parameter(command, "@version", 0);
        var inputs = Parameter(command, "@inputs", "");
        var score = Parameter(command, "@score", 0.0);
        var label = Parameter(command, "@label", "");
        var band = Parameter(command, "@band", "");
        var reasons = Parameter(command, "@reasons", "");
        var latency = Parameter(command, "@latency", 0.0);
        var created = Parameter(command, "@created", 0L);
        await command.PrepareAsync(ct);
        foreach (var p in predictions)
        {
            (id.Value, model.Value, version.Value, inputs.Value, score.Value) = (Key(p.Id), p.Model, p.Version, p.Inputs, p.Score);
            (label.Value, band.Value, reasons.Value, latency.Value) = (p.Label, p.Band, StoreJson.WriteList(p.Reasons), p.LatencyMs);
            created.Value = UtcMicrosecondsConverter.ToMicroseconds(p.CreatedAt);
            await command.ExecuteNonQueryAsync(ct);
        }
        await using var review = Command(db, InsertReview);
        var reviewId = Parameter(review, "@id", "");
        var reviewCreated = Parameter(review, "@created", 0L);
        await review.PrepareAsync(ct);
        foreach (var p in predictions.Where(p => p.Band == PredictionRecord.ReviewBand))
        {
            (reviewId.Value, reviewCreated.Value) = (Key(p.Id), UtcMicrosecondsConverter.ToMicroseconds(p.CreatedAt));
            await review.ExecuteNonQueryAsync(ct);
        }
    }
}

using Carbet.Tracking.Predictions;

using Microsoft.EntityFrameworkCore;

using Npgsql;

using NpgsqlTypes;

namespace Carbet.Tracking.Storage;

internal sealed partial class PostgresStoreEngine
{
    private const string CopyPredictions =
        "COPY predictions (id, model, version, inputs, score, label, band, reasons, latency_ms, created_at) FROM STDIN (FORMAT BINARY)";

    private const string CopyReviews = "COPY reviews (prediction_id, status, created_at) FROM STDIN (FORMAT BINARY)";

    /// <summary>Binary COPY in the caller's transaction: one round trip per table for the whole batch.</summary>
    public override async Task InsertPredictionsAsync(StoreDbContext db, IReadOnlyList<PredictionRecord> predictions, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var writer = await connection.BeginBinaryImportAsync(CopyPredictions, ct))
        {
            foreach (var p in predictions)
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(Key(p.Id), NpgsqlDbType.Text, ct);
                await writer.WriteAsync(p.Model, NpgsqlDbType.Text, ct);
                await writer.WriteAsync(p.Version, NpgsqlDbType.Integer, ct);
                await writer.WriteAsync(p.Inputs, NpgsqlDbType.Text, ct);
                await writer.WriteAsync(p.Score, NpgsqlDbType.Double, ct);
                await writer.WriteAsync(p.Label, NpgsqlDbType.Text, ct);
                await writer.WriteAsync(p.Band, NpgsqlDbType.Text, ct);
                await writer.WriteAsync(StoreJson.WriteList(p.Reasons), NpgsqlDbType.Text, ct);
                await writer.WriteAsync(p.LatencyMs, NpgsqlDbType.Double, ct);
                await writer.WriteAsync(p.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
            }
            await writer.CompleteAsync(ct);
        }
        var reviews = predictions.Where(p => p.Band == PredictionRecord.ReviewBand).ToList();
        if (reviews.Count == 0)
            return;
        await using (var writer = await connection.BeginBinaryImportAsync(CopyReviews, ct))
        {
            foreach (var p in reviews)
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(Key(p.Id), NpgsqlDbType.Text, ct);
                await writer.WriteAsync("pending", NpgsqlDbType.Text, ct);
                await writer.WriteAsync(p.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
            }
            await writer.CompleteAsync(ct);
        }
    }
}

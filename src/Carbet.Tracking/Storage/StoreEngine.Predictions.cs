using Carbet.Tracking.Predictions;

namespace Carbet.Tracking.Storage;

internal abstract partial class StoreEngine
{
    /// <summary>Appends prediction rows, and a pending review row for each in the review band, inside the current
    /// transaction of <paramref name="db"/>, by the engine's bulk path; the caller has left out ids already stored.</summary>
    public abstract Task InsertPredictionsAsync(StoreDbContext db, IReadOnlyList<PredictionRecord> predictions, CancellationToken ct);

    /// <summary>A prediction id as stored.</summary>
    public static string Key(Guid id) => id.ToString("D");
}

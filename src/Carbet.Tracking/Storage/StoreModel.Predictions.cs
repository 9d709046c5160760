using Carbet.Tracking.Storage.Rows;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Storage;

internal static partial class StoreModel
{
    public static void ConfigurePredictions(ModelBuilder model)
    {
        model.Entity<PredictionRow>(e =>
        {
            e.ToTable("predictions");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.Model, x.CreatedAt });
        });
        model.Entity<FeedbackRow>(e =>
        {
            e.ToTable("feedback");
            e.HasKey(x => x.PredictionId);
            e.HasOne<PredictionRow>().WithMany().HasForeignKey(x => x.PredictionId);
        });
        model.Entity<ReviewRow>(e =>
        {
            e.ToTable("reviews");
            e.HasKey(x => x.PredictionId);
            e.HasIndex(x => new { x.Status, x.CreatedAt });
            e.HasOne<PredictionRow>().WithMany().HasForeignKey(x => x.PredictionId);
        });
        model.Entity<ReviewSwitchRow>(e =>
        {
            e.ToTable("review_switch");
            e.HasIndex(x => new { x.Model, x.Id });
        });
    }
}

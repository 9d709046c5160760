using Carbet.Tracking.Storage.Rows;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Storage;

internal static partial class StoreModel
{
    public static void ConfigureDatasetApprovals(ModelBuilder model) =>
        model.Entity<DatasetApprovalRow>(e =>
        {
            e.ToTable("dataset_approvals");
            e.HasIndex(x => new { x.DatasetVersionId, x.At });
            e.HasOne(x => x.DatasetVersion).WithMany().HasForeignKey(x => x.DatasetVersionId);
        });
}

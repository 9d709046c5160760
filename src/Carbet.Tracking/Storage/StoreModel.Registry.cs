using Carbet.Tracking.Storage.Rows;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Storage;

internal static partial class StoreModel
{
    public static void ConfigureRegistryAndDatasets(ModelBuilder model)
    {
        model.Entity<DatasetRow>(e =>
        {
            e.ToTable("datasets");
            e.HasIndex(x => x.Name).IsUnique();
        });
        model.Entity<DatasetVersionRow>(e =>
        {
            e.ToTable("dataset_versions");
            e.HasIndex(x => x.Uuid).IsUnique();
            e.HasIndex(x => new { x.DatasetId, x.Version }).IsUnique();
            e.HasIndex(x => new { x.DatasetId, x.ContentHash }).IsUnique();
            e.HasOne(x => x.Dataset).WithMany().HasForeignKey(x => x.DatasetId);
            e.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId);
        });
        model.Entity<ModelRow>(e =>
        {
            e.ToTable("models");
            e.HasIndex(x => x.Name).IsUnique();
        });
        model.Entity<ModelVersionRow>(e =>
        {
            e.ToTable("model_versions");
            e.HasIndex(x => new { x.ModelId, x.Version }).IsUnique();
            e.HasOne(x => x.Model).WithMany().HasForeignKey(x => x.ModelId);
            e.HasOne(x => x.Run).WithMany().HasForeignKey(x => x.RunId);
            e.HasOne(x => x.DatasetVersion).WithMany().HasForeignKey(x => x.DatasetVersionId);
        });
        model.Entity<AliasRow>(e =>
        {
            e.ToTable("model_aliases");
            e.HasKey(x => new { x.ModelId, x.Name });
            e.HasOne<ModelRow>().WithMany().HasForeignKey(x => x.ModelId);
            e.HasOne(x => x.ModelVersion).WithMany().HasForeignKey(x => x.ModelVersionId);
        });
        model.Entity<AuditEventRow>(e =>
        {
            e.ToTable("audit_events");
            e.HasIndex(x => new { x.Subject, x.Id });
        });
    }
}

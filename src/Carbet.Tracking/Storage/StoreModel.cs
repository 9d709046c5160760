using System.Text;

using Carbet.Tracking.Storage.Rows;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Storage;

/// <summary>Tables, keys and indexes, shared by both engines.</summary>
internal static partial class StoreModel
{
    public static void ConfigureRuns(ModelBuilder model)
    {
        model.Entity<ExperimentRow>(e =>
        {
            e.ToTable("experiments");
            e.HasIndex(x => x.Name).IsUnique();
        });
        model.Entity<RunRow>(e =>
        {
            e.ToTable("runs");
            e.HasIndex(x => x.Uuid).IsUnique();
            e.HasIndex(x => new { x.ExperimentId, x.StartedAt });
            e.Property(x => x.Status).HasConversion(s => RunStatusText.Format(s), s => RunStatusText.Parse(s));
            e.HasOne(x => x.Experiment).WithMany().HasForeignKey(x => x.ExperimentId);
            e.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId);
        });
        model.Entity<ParamRow>(e =>
        {
            e.ToTable("params");
            e.HasKey(x => new { x.RunId, x.Key });
            e.HasOne<RunRow>().WithMany().HasForeignKey(x => x.RunId);
        });
        model.Entity<TagRow>(e =>
        {
            e.ToTable("tags");
            e.HasKey(x => new { x.RunId, x.Key });
            e.HasOne<RunRow>().WithMany().HasForeignKey(x => x.RunId);
        });
        model.Entity<MetricRow>(e =>
        {
            e.ToTable("metrics");
            e.HasIndex(x => new { x.RunId, x.Key, x.Step });
            e.HasOne<RunRow>().WithMany().HasForeignKey(x => x.RunId);
        });
        model.Entity<LatestMetricRow>(e =>
        {
            e.ToTable("latest_metrics");
            e.HasKey(x => new { x.RunId, x.Key });
            e.HasIndex(x => new { x.Key, x.Value });
            e.HasOne<RunRow>().WithMany().HasForeignKey(x => x.RunId);
        });
        model.Entity<ArtifactRow>(e =>
        {
            e.ToTable("artifacts");
            e.HasKey(x => new { x.RunId, x.Path });
            e.HasOne<RunRow>().WithMany().HasForeignKey(x => x.RunId);
        });
    }

    /// <summary>Lower-case names so that SQL written by hand needs no quotes, and no cascading deletes:
    /// evidence is never removed as a side effect.</summary>
    public static void UseSnakeCaseAndRestrict(ModelBuilder model)
    {
        foreach (var entity in model.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
                property.SetColumnName(Snake(property.GetColumnName()));
            foreach (var key in entity.GetKeys())
                key.SetName(Snake(key.GetName()!));
            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(Snake(foreignKey.GetConstraintName()!));
                foreignKey.DeleteBehavior = DeleteBehavior.Restrict;
            }
            foreach (var index in entity.GetIndexes())
                index.SetDatabaseName(Snake(index.GetDatabaseName()!));
        }
    }

    internal static string Snake(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && !char.IsUpper(name[i - 1]))
                    builder.Append('_');
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}

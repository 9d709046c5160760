using Carbet.Tracking.Storage.Rows;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Storage;

internal static partial class StoreModel
{
    public static void ConfigureStudies(ModelBuilder model)
    {
        model.Entity<StudyRow>(e =>
        {
            e.ToTable("studies");
            e.HasIndex(x => x.Uuid).IsUnique();
            e.HasIndex(x => x.Name).IsUnique();
            e.Property(x => x.Direction).HasConversion(d => TrialStateText.Format(d), d => TrialStateText.ParseDirection(d));
        });
        model.Entity<TrialRow>(e =>
        {
            e.ToTable("trials");
            e.HasIndex(x => x.Uuid).IsUnique();
            // numbers are unique per study whatever the workers do; the index also serves counts and listings
            e.HasIndex(x => new { x.StudyId, x.Number }).IsUnique();
            e.Property(x => x.State).HasConversion(s => TrialStateText.Format(s), s => TrialStateText.Parse(s));
            e.HasOne(x => x.Study).WithMany().HasForeignKey(x => x.StudyId);
        });
        model.Entity<TrialParamRow>(e =>
        {
            e.ToTable("trial_params");
            e.HasKey(x => new { x.TrialId, x.Name });
            e.HasOne<TrialRow>().WithMany().HasForeignKey(x => x.TrialId);
        });
        model.Entity<TrialIntermediateValueRow>(e =>
        {
            e.ToTable("trial_intermediate_values");
            e.HasKey(x => new { x.TrialId, x.Step });
            e.HasOne<TrialRow>().WithMany().HasForeignKey(x => x.TrialId);
        });
    }
}

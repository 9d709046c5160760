using Carbet.Tracking.Storage.Rows;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Storage;

/// <summary>The one model of the store; each engine derives a context so that it gets its own migrations.</summary>
internal abstract class StoreDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ExperimentRow> Experiments => Set<ExperimentRow>();
    public DbSet<RunRow> Runs => Set<RunRow>();
    public DbSet<ParamRow> Params => Set<ParamRow>();
    public DbSet<TagRow> Tags => Set<TagRow>();
    public DbSet<MetricRow> Metrics => Set<MetricRow>();
    public DbSet<LatestMetricRow> LatestMetrics => Set<LatestMetricRow>();
    public DbSet<ArtifactRow> Artifacts => Set<ArtifactRow>();
    public DbSet<DatasetRow> Datasets => Set<DatasetRow>();
    public DbSet<DatasetVersionRow> DatasetVersions => Set<DatasetVersionRow>();
    public DbSet<ModelRow> Models => Set<ModelRow>();
    public DbSet<ModelVersionRow> ModelVersions => Set<ModelVersionRow>();
    public DbSet<AliasRow> Aliases => Set<AliasRow>();
    public DbSet<AuditEventRow> AuditEvents => Set<AuditEventRow>();
    public DbSet<DatasetApprovalRow> DatasetApprovals => Set<DatasetApprovalRow>();
    public DbSet<StudyRow> Studies => Set<StudyRow>();
    public DbSet<TrialRow> Trials => Set<TrialRow>();
    public DbSet<ApiKeyRow> ApiKeys => Set<ApiKeyRow>();
    public DbSet<PredictionRow> Predictions => Set<PredictionRow>();
    public DbSet<FeedbackRow> Feedback => Set<FeedbackRow>();
    public DbSet<ReviewRow> Reviews => Set<ReviewRow>();
    public DbSet<ReviewSwitchRow> ReviewSwitch => Set<ReviewSwitchRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // One method per migration that introduced the tables; later features (alerts) add their own method and migration.
        StoreModel.ConfigureRuns(modelBuilder);
        StoreModel.ConfigureRegistryAndDatasets(modelBuilder);
        StoreModel.ConfigureDatasetApprovals(modelBuilder);
        StoreModel.ConfigureStudies(modelBuilder);
        StoreModel.ConfigureApiKeys(modelBuilder);
        StoreModel.ConfigurePredictions(modelBuilder);
        StoreModel.UseSnakeCaseAndRestrict(modelBuilder);
    }
}

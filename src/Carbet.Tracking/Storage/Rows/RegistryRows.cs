namespace Carbet.Tracking.Storage.Rows;

internal sealed class ModelRow
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The highest version number ever given, so that numbers are never reused after a delete;
    /// incrementing it also locks the model row for the rest of the transaction.</summary>
    public int LastVersion { get; set; }
}

internal sealed class ModelVersionRow
{
    public long Id { get; set; }
    public long ModelId { get; set; }
    public ModelRow? Model { get; set; }
    public int Version { get; set; }
    public long RunId { get; set; }
    public RunRow? Run { get; set; }
    public long? DatasetVersionId { get; set; }
    public DatasetVersionRow? DatasetVersion { get; set; }
    public required string InputSignatureJson { get; set; }
    public required string MetricsJson { get; set; }
    public required string ArtifactPath { get; set; }
    public required string ArtifactSha256 { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when the version is deleted; the row stays as evidence and keeps its number taken.</summary>
    public DateTimeOffset? DeletedAt { get; set; }
}

internal sealed class AliasRow
{
    public long ModelId { get; set; }
    public required string Name { get; set; }
    public long ModelVersionId { get; set; }
    public ModelVersionRow? ModelVersion { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class AuditEventRow
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string Subject { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}

namespace Carbet.Tracking.Storage.Rows;

internal sealed class DatasetRow
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class DatasetVersionRow
{
    public long Id { get; set; }

    /// <summary>The public id: 32 lower-case hex characters.</summary>
    public required string Uuid { get; set; }
    public long DatasetId { get; set; }
    public DatasetRow? Dataset { get; set; }
    public int Version { get; set; }
    public required string ContentHash { get; set; }
    public required string SchemaJson { get; set; }
    public long Rows { get; set; }
    public string? Source { get; set; }
    public long? ParentId { get; set; }
    public DatasetVersionRow? Parent { get; set; }
    public string? Recipe { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class DatasetApprovalRow
{
    public long Id { get; set; }
    public long DatasetVersionId { get; set; }
    public DatasetVersionRow? DatasetVersion { get; set; }
    public required string Role { get; set; }
    public required string By { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset At { get; set; }
}

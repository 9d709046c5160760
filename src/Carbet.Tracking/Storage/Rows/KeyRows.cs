namespace Carbet.Tracking.Storage.Rows;

internal sealed class ApiKeyRow
{
    public long Id { get; set; }
    public required string PublicId { get; set; }
    public required string Name { get; set; }
    public required string Role { get; set; }
    public required string Hash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
}

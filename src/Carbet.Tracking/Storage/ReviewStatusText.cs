using Carbet.Tracking.Reviews;

namespace Carbet.Tracking.Storage;

/// <summary>Review statuses as stored: lower-case words, readable in SQL and stable if the enum is reordered.</summary>
internal static class ReviewStatusText
{
    public const string Pending = "pending";
    public const string Accepted = "accepted";
    public const string Overridden = "overridden";

    public static string Format(ReviewStatus status) => status switch
    {
        ReviewStatus.Pending => Pending,
        ReviewStatus.Accepted => Accepted,
        ReviewStatus.Overridden => Overridden,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static ReviewStatus Parse(string text) => text switch
    {
        Pending => ReviewStatus.Pending,
        Accepted => ReviewStatus.Accepted,
        Overridden => ReviewStatus.Overridden,
        _ => throw new InvalidOperationException($"Unknown review status '{text}' in the store."),
    };
}

namespace Carbet.Tracking.Storage;

/// <summary>Times as the store keeps them: UTC, to the microsecond (PostgreSQL's precision),
/// so that a snapshot returned by a write equals the one read back later on either engine.</summary>
internal static class StoreTime
{
    public static DateTimeOffset Normalize(DateTimeOffset value)
    {
        var ticks = value.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
    }

    public static DateTimeOffset Now(TimeProvider time) => Normalize(time.GetUtcNow());
}

using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Carbet.Tracking.Storage;

/// <summary>Stores a time as microseconds since the Unix epoch, UTC.</summary>
/// <remarks>SQLite has no time type and EF cannot order DateTimeOffset text there; an integer sorts
/// and compares in SQL, and microseconds match PostgreSQL's precision so both engines read back the same value.</remarks>
internal sealed class UtcMicrosecondsConverter() : ValueConverter<DateTimeOffset, long>(
    value => ToMicroseconds(value),
    micros => FromMicroseconds(micros))
{
    public static long ToMicroseconds(DateTimeOffset value) =>
        (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    public static DateTimeOffset FromMicroseconds(long micros) =>
        new(DateTimeOffset.UnixEpoch.UtcTicks + (micros * TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
}

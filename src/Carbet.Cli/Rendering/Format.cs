using System.Globalization;

namespace Carbet.Cli.Rendering;

/// <summary>How numbers, sizes, times and ids read on the console: invariant culture, short and stable.</summary>
internal static class Format
{
    public static string Metric(double value) =>
        double.IsFinite(value) && Math.Abs(value) is >= 1e-4 and < 1e6 or 0
            ? value.ToString("0.####", CultureInfo.InvariantCulture)
            : value.ToString("G6", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Duration(TimeSpan span) => span.TotalSeconds < 120
        ? span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"
        : span.TotalMinutes.ToString("0.0", CultureInfo.InvariantCulture) + " min";

    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KiB",
        _ => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MiB",
    };

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string ShortId(string id) => id.Length > 12 ? id[..12] : id;

    public static string Version(int version) => "v" + version.ToString(CultureInfo.InvariantCulture);
}

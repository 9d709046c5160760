using System.Globalization;

namespace Carbet.Data.Reading;

/// <summary>Parses trimmed raw values under each kind, with the invariant culture.</summary>
internal static class ValueParser
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy/MM/dd", "dd/MM/yyyy", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss",
    ];

    public static bool TryInteger(string s, out double value)
    {
        if (long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && Math.Abs(n) < (1L << 53))
        {
            value = n;
            return true;
        }
        value = double.NaN;
        return false;
    }

    public static bool TryNumber(string s, bool decimalComma, out double value)
    {
        // a decimal-comma file may still hold points ("3.5"); a comma in a decimal-point file never parses
        if (decimalComma && s.Contains(',', StringComparison.Ordinal))
            s = s.Contains('.', StringComparison.Ordinal) ? "" : s.Replace(',', '.');
        if (s.Length > 0 && (char.IsAsciiDigit(s[0]) || s[0] is '-' or '+' or '.')
            && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
            return true;
        value = double.NaN;
        return false;
    }

    /// <summary>Integer parsing that also accepts an integral number written with a fraction (<c>3.0</c>).</summary>
    public static bool TryIntegral(string s, bool decimalComma, out double value) =>
        TryInteger(s, out value) || (TryNumber(s, decimalComma, out value) && Math.Floor(value) == value) || Fail(out value);

    public static bool TryBoolean(string s, out bool value)
    {
        switch (s.ToUpperInvariant())
        {
            case "TRUE" or "YES" or "Y" or "T" or "1":
                value = true;
                return true;
            case "FALSE" or "NO" or "N" or "F" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    public static bool TryDateTime(string s, out long ticks, out bool hasTime)
    {
        if (s.Length >= 8 && char.IsAsciiDigit(s[0])
            && DateTime.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value))
        {
            ticks = value.Ticks;
            hasTime = s.Length > 10;
            return true;
        }
        ticks = 0;
        hasTime = false;
        return false;
    }

    private static bool Fail(out double value)
    {
        value = double.NaN;
        return false;
    }
}

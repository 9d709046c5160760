using Carbet.Data.Tables;

namespace Carbet.Data.Profiling;

/// <summary>Small pieces shared by the per-kind column statistics.</summary>
internal static class Profiles
{
    public static MissingSummary Missing(DataColumn column, long missing) =>
        new(missing, column.Length == 0 ? 0 : (double)missing / column.Length, column.MissingTokens);
}

using System.Numerics;

using Carbet.Data.Tables;

namespace Carbet.Data.Profiling;

/// <summary>Finds exact duplicate rows and inconsistent repeated ids through a 128-bit hash of each row's cells.</summary>
/// <remarks>Two independent 64-bit hashes make a collision between distinct rows negligible (about n²/2¹²⁹), so equal
/// hashes are taken as equal rows without comparing cells. Text cells hash their dictionary code, which is equal
/// exactly when the text is; every missing value hashes alike.</remarks>
internal static class RowHashing
{
    public static (DuplicateSummary Duplicates, NearDuplicateSummary? Near) Find(DataTable table, DataColumn? id, CancellationToken ct)
    {
        var rows = table.RowCount;
        var low = new ulong[rows];
        var high = new ulong[rows];
        Array.Fill(low, 0x9E3779B97F4A7C15UL);
        Array.Fill(high, 0xC2B2AE3D27D4EB4FUL);
        foreach (var column in table.Columns)
        {
            ct.ThrowIfCancellationRequested();
            if (!ReferenceEquals(column, id))
                Mix(column, low, high);
        }
        NearDuplicateSummary? near = null;
        if (id is not null)
        {
            var idLow = new ulong[rows];
            var idHigh = new ulong[rows];
            Mix(id, idLow, idHigh);
            near = NearDuplicates(id.Name, idLow, idHigh, low, high);
            Mix(id, low, high);
        }
        return (Duplicates(low, high), near);
    }

    private static DuplicateSummary Duplicates(ulong[] low, ulong[] high)
    {
        var counts = new Dictionary<UInt128, int>(low.Length);
        for (var i = 0; i < low.Length; i++)
        {
            var key = new UInt128(high[i], low[i]);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        long groups = 0, inGroups = 0;
        foreach (var count in counts.Values)
        {
            if (count > 1)
            {
                groups++;
                inGroups += count;
            }
        }
        var duplicates = low.Length - counts.Count;
        return new DuplicateSummary(duplicates, low.Length == 0 ? 0 : (double)duplicates / low.Length, groups, inGroups);
    }

    private static NearDuplicateSummary NearDuplicates(string name, ulong[] idLow, ulong[] idHigh, ulong[] low, ulong[] high)
    {
        var byId = new Dictionary<UInt128, (UInt128 First, int Rows, bool Differs)>(low.Length);
        for (var i = 0; i < low.Length; i++)
        {
            var key = new UInt128(idHigh[i], idLow[i]);
            var rest = new UInt128(high[i], low[i]);
            byId[key] = byId.TryGetValue(key, out var seen) ? (seen.First, seen.Rows + 1, seen.Differs || seen.First != rest) : (rest, 1, false);
        }
        long ids = 0, rows = 0;
        foreach (var (_, count, differs) in byId.Values)
        {
            if (differs)
            {
                ids++;
                rows += count;
            }
        }
        return new NearDuplicateSummary(name, ids, rows);
    }

    private static void Mix(DataColumn column, ulong[] low, ulong[] high)
    {
        switch (column)
        {
            case NumericColumn numeric:
                var values = numeric.Values;
                for (var i = 0; i < low.Length; i++)
                {
                    var v = values[i];
                    // one bit pattern for every NaN, and 0 for -0, so equal values hash alike
                    var bits = double.IsNaN(v) ? 0x7FF8000000000001UL : v == 0 ? 0UL : BitConverter.DoubleToUInt64Bits(v);
                    Step(ref low[i], ref high[i], bits);
                }
                break;
            case TextColumn text:
                var codes = text.Codes;
                for (var i = 0; i < low.Length; i++)
                    Step(ref low[i], ref high[i], (ulong)(long)codes[i]);
                break;
            case DateTimeColumn dates:
                var ticks = dates.Ticks;
                for (var i = 0; i < low.Length; i++)
                    Step(ref low[i], ref high[i], (ulong)ticks[i]);
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"No row hashing for {column.GetType().Name}.");
        }
    }

    // two different multiply-rotate mixers (in the style of xxHash), so the halves are independent
    private static void Step(ref ulong low, ref ulong high, ulong value)
    {
        low = BitOperations.RotateLeft(low ^ (value * 0x9E3779B97F4A7C15UL), 31) * 0xBF58476D1CE4E5B9UL;
        high = BitOperations.RotateLeft(high ^ ((value + 0x632BE59BD9B4E019UL) * 0xC2B2AE3D27D4EB4FUL), 27) * 0x94D049BB133111EBUL;
    }
}

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Tests.Profiling;

/// <summary>Small hand-built columns for profiling tests.</summary>
public static class Tables
{
    public static NumericColumn Numbers(string name, params double[] values) => new(name, ColumnKind.Number, values);

    public static NumericColumn Integers(string name, IEnumerable<int> values) => new(name, ColumnKind.Integer, [.. values.Select(v => (double)v)]);

    public static TextColumn Labels(string name, params string?[] values) => TextColumn.FromValues(name, ColumnKind.Category, values);

    public static DataTable Of(params DataColumn[] columns) => new("test", columns);

    /// <summary>A deterministic pseudo-random sequence in [0, 1) that needs no Random.</summary>
    public static double[] Noise(int count, uint seed)
    {
        var values = new double[count];
        var state = seed;
        for (var i = 0; i < count; i++)
        {
            state = (state * 1664525) + 1013904223;
            values[i] = state / 4294967296.0;
        }
        return values;
    }
}

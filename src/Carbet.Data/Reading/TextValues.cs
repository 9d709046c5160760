using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Reading;

/// <summary>Turns a column held as text (Parquet strings, SQL text, typed values under a different override) into a
/// typed column, inferring its kind like a CSV column.</summary>
internal static class TextValues
{
    public static ColumnBuilder Build(string name, IReadOnlyList<string?> values, LoadOptions options, ISet<string> missing)
    {
        var profile = new ColumnProfile(name, decimalComma: false);
        foreach (var value in values)
        {
            var v = value?.Trim();
            if (v is not null && !missing.Contains(v))
                profile.Observe(v);
        }
        var kind = options.KindOverrides.TryGetValue(name, out var forced) ? forced : profile.Decide();
        var builder = new ColumnBuilder(name, kind, values.Count, decimalComma: false);
        for (var row = 0; row < values.Count; row++)
        {
            var v = values[row]?.Trim();
            if (v is null)
                builder.AddMissing(row, "");
            else if (missing.Contains(v))
                builder.AddMissing(row, v);
            else
                builder.Add(row, v, row + 1L);
        }
        return builder;
    }

    /// <summary>A typed column as read, or through text inference when it holds strings or its kind is overridden.</summary>
    public static DataColumn ToColumn(string name, ColumnValues values, LoadOptions options, ISet<string> missing, List<ColumnBuilder> builders)
    {
        if (values.Numbers is { } n && !Overridden(options, name, values.Kind))
            return new NumericColumn(name, values.Kind, n);
        if (values.Ticks is { } t && !Overridden(options, name, ColumnKind.DateTime))
            return new DateTimeColumn(name, t, values.HasTime);
        var builder = Build(name, values.AsText(), options, missing);
        builders.Add(builder);
        return builder.Build();
    }

    public static bool Overridden(LoadOptions options, string name, ColumnKind kind) =>
        options.KindOverrides.TryGetValue(name, out var forced) && forced != kind;
}

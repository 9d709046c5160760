using System.Collections.Immutable;
using System.Globalization;

namespace Carbet.Data.Reading;

/// <summary>Makes column names usable: blank names become <c>column_N</c>, repeated names get <c>_2</c>, <c>_3</c>.</summary>
internal static class ColumnNames
{
    public static ImmutableArray<string> Repair(IReadOnlyList<string> names, ICollection<string> repairs)
    {
        var result = new string[names.Count];
        var used = new HashSet<string>(names.Where(n => n.Trim().Length > 0).Select(n => n.Trim()), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim();
            var position = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (name.Length == 0)
            {
                name = Unique($"column_{position}", used);
                repairs.Add($"column {position} had no name: named {name}");
            }
            else if (!seen.Add(name))
            {
                var renamed = Unique(name, used);
                repairs.Add($"column {position} repeats the name '{name}': renamed {renamed}");
                name = renamed;
            }
            used.Add(name);
            seen.Add(name);
            result[i] = name;
        }
        return [.. result];
    }

    private static string Unique(string name, HashSet<string> used)
    {
        if (!used.Contains(name))
            return name;
        for (var n = 2; ; n++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"{name}_{n}");
            if (!used.Contains(candidate))
                return candidate;
        }
    }
}

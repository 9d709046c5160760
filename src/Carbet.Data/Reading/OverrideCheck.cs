using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;

namespace Carbet.Data.Reading;

/// <summary>Checks kind overrides against the columns, and reports the values that did not parse under them.</summary>
internal static class OverrideCheck
{
    public static void Check(LoadOptions options, IReadOnlyCollection<string> names, string source)
    {
        var unknown = options.KindOverrides.Keys.Where(k => !names.Contains(k, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
            throw new UserErrorException($"A kind is set for '{string.Join("', '", unknown)}', which is not a column of {source}.",
                $"Use one of: {string.Join(", ", names)}.");
    }

    public static ImmutableArray<string> AddInvalidRepairs(IEnumerable<ColumnBuilder> builders, ImmutableArray<string>.Builder repairs)
    {
        foreach (var b in builders.Where(b => b.Invalid > 0))
        {
            repairs.Add(string.Create(CultureInfo.InvariantCulture,
                $"column '{b.Name}': {b.Invalid} values did not parse as {b.Kind} (first on lines {string.Join(", ", b.InvalidLines)}): read as missing"));
        }
        return repairs.ToImmutable();
    }

    public static ImmutableSortedDictionary<string, long> Invalid(IEnumerable<ColumnBuilder> builders) =>
        builders.Where(b => b.Invalid > 0).ToImmutableSortedDictionary(b => b.Name, b => b.Invalid, StringComparer.Ordinal);
}

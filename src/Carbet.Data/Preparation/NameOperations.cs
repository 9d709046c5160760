using System.Globalization;
using System.Text;

using Carbet.Data.Tables;

namespace Carbet.Data.Preparation;

/// <summary>Column renames.</summary>
internal static class NameOperations
{
    public static StepOutcome SnakeCase(DataTable table, StepContext ctx, RenameToSnakeCase step)
    {
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < table.Columns.Length; i++)
        {
            var name = table.Columns[i].Name;
            var snake = ToSnakeCase(name);
            mapping[name] = snake.Length == 0 ? string.Create(CultureInfo.InvariantCulture, $"column_{i + 1}") : snake;
        }
        return Apply(table, ctx, step, mapping, "snake_case");
    }

    public static StepOutcome Rename(DataTable table, StepContext ctx, Rename step)
    {
        foreach (var name in step.Mapping.Keys)
            ctx.Column(table, name);
        return Apply(table, ctx, step, step.Mapping, "new names");
    }

    private static StepOutcome Apply(DataTable table, StepContext ctx, RecipeStep step, IReadOnlyDictionary<string, string> mapping, string how)
    {
        var columns = table.Columns.Select(c => mapping.TryGetValue(c.Name, out var to) ? to : c.Name).ToList();
        if (columns.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            throw ctx.Error($"two columns would be named '{clash.Key}'.",
                "Rename one of them first with a rename step, or drop it.");
        }
        var renamed = table.Columns.Where(c => mapping.TryGetValue(c.Name, out var to) && to != c.Name).ToList();
        var next = TableEdit.With(table, table.Columns.Select(c => mapping.TryGetValue(c.Name, out var to) && to != c.Name ? TableEdit.Renamed(c, to) : c));
        return new StepOutcome(next, step, $"Renamed {renamed.Count} columns to {how}.")
        {
            Removed = [.. renamed.Select(c => c.Name)],
            Added = [.. renamed.Select(c => mapping[c.Name])],
            Notes = [.. renamed.Select(c => $"{c.Name} -> {mapping[c.Name]}")],
        };
    }

    /// <summary>Lower snake_case: words split at spaces, punctuation and lower-to-upper changes; accents and
    /// symbols dropped; <c>TotalCharges</c> gives <c>total_charges</c>, <c>Monthly Income (€)</c> gives <c>monthly_income</c>.</summary>
    public static string ToSnakeCase(string name)
    {
        var plain = TextNormalizer.RemoveAccents(name);
        var result = new StringBuilder(plain.Length + 8);
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                AppendSeparator(result);
                continue;
            }
            if (char.IsAsciiLetterUpper(c) && i > 0)
            {
                var previous = plain[i - 1];
                var nextIsLower = i + 1 < plain.Length && char.IsAsciiLetterLower(plain[i + 1]);
                // an acronym ends where a word starts: "XMLFile" is xml_file
                if (char.IsAsciiLetterLower(previous) || char.IsAsciiDigit(previous) || (char.IsAsciiLetterUpper(previous) && nextIsLower))
                    AppendSeparator(result);
            }
            result.Append(char.ToLowerInvariant(c));
        }
        return result.ToString().Trim('_');
    }

    private static void AppendSeparator(StringBuilder result)
    {
        if (result.Length > 0 && result[^1] != '_')
            result.Append('_');
    }
}

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Preparation;

/// <summary>Steps that clean text values.</summary>
internal static class TextOperations
{
    public static StepOutcome Trim(DataTable table, TrimWhitespace step)
    {
        long total = 0;
        var columns = table.Columns.Select(c =>
        {
            if (c is not TextColumn text)
                return c;
            var trimmed = TableEdit.MapText(text, v => v.Trim() is { Length: > 0 } t ? t : null, out var changed);
            total += changed;
            return trimmed;
        }).ToList();
        return new StepOutcome(TableEdit.With(table, columns), step, $"Trimmed whitespace in {total} text values.", total);
    }

    public static StepOutcome Normalize(DataTable table, StepContext ctx, NormalizeCategories step)
    {
        var mapping = step.Mapping ?? new Dictionary<string, IReadOnlyDictionary<string, string>>();
        var targets = ctx.Columns(table, step.Columns, c => c.Kind is ColumnKind.Category or ColumnKind.Text)
            .Concat(mapping.Keys.Select(k => ctx.Column(table, k)))
            .DistinctBy(c => c.Name)
            .ToList();
        var next = table;
        long total = 0;
        var notes = new List<string>();
        foreach (var column in targets)
        {
            if (column is not TextColumn text)
                throw ctx.Error($"column '{column.Name}' is {column.Kind}, not text.", "Normalise only category or text columns.");
            var canonical = mapping.TryGetValue(column.Name, out var m)
                ? m.ToDictionary(p => TextNormalizer.Normalize(p.Key, step), p => TextNormalizer.Normalize(p.Value, step), StringComparer.Ordinal)
                : [];
            var normalized = TableEdit.MapText(text, v =>
            {
                var n = TextNormalizer.Normalize(v, step);
                return n.Length == 0 ? null : canonical.GetValueOrDefault(n, n);
            }, out var changed);
            total += changed;
            if (normalized.Dictionary.Length < text.Dictionary.Length)
                notes.Add($"{column.Name}: {text.Dictionary.Length} spellings folded into {normalized.Dictionary.Length} values");
            next = TableEdit.Replace(next, normalized);
        }
        return new StepOutcome(next, step, $"Normalised {total} values in {targets.Count} columns.", total) { Notes = notes };
    }
}

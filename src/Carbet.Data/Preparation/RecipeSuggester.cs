using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Preparation;

/// <summary>Proposes a sensible default recipe for a raw table.</summary>
public static class RecipeSuggester
{
    /// <summary>snake_case names, trimmed text, normalised categories, excluded and leaky columns dropped, empty
    /// columns and rows dropped, exact duplicates dropped, rows missing the target dropped, other missing values
    /// filled (median for numbers, mode otherwise) with indicators, and numbers clipped at the 1% and 99% quantiles.</summary>
    /// <exception cref="UserErrorException">An option names a column that is not in the table.</exception>
    public static Recipe Suggest(DataTable table, RecipeSuggestOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        var names = table.Columns.Select(c => c.Name).ToList();
        var snake = names.Select(NameOperations.ToSnakeCase).ToList();
        var renames = !names.SequenceEqual(snake) && snake.Distinct(StringComparer.Ordinal).Count() == snake.Count && snake.All(s => s.Length > 0);
        string Final(string name) => renames ? snake[names.IndexOf(name)] : name;
        string? Resolve(string? name, string setting) => name is null ? null : Final(Find(table, names, snake, name, setting));

        var (target, id, time) = (Resolve(options.Target, "data.target"), Resolve(options.Id, "data.id"), Resolve(options.Time, "data.time"));
        // the target, id and time columns have roles beyond being features: excluding them keeps them out of the model, not out of the data
        var roles = new[] { target, id, time }.OfType<string>().ToHashSet(StringComparer.Ordinal);
        var excluded = (options.Exclude ?? []).Select(n => Resolve(n, "data.exclude")!).Where(n => !roles.Contains(n)).ToList();
        var leaky = (options.Leaky ?? []).Select(n => Resolve(n, "data.leaky")!).Except(excluded).Where(n => !roles.Contains(n)).ToList();
        var dropped = excluded.Concat(leaky).ToHashSet(StringComparer.Ordinal);
        var kept = table.Columns.Where(c => !dropped.Contains(Final(c.Name)) && c.MissingCount < c.Length).ToList();
        bool IsFeature(DataColumn c) => Final(c.Name) is var n && n != target && n != id && n != time;

        var steps = new List<RecipeStep>();
        if (renames)
            steps.Add(new RenameToSnakeCase());
        steps.Add(new TrimWhitespace());
        if (table.Columns.Any(c => c.Kind == ColumnKind.Category))
            steps.Add(new NormalizeCategories([.. table.Columns.Where(c => c.Kind == ColumnKind.Category).Select(c => Final(c.Name))]));
        if (excluded.Count > 0)
            steps.Add(new DropColumns(excluded, "excluded"));
        if (leaky.Count > 0)
            steps.Add(new DropColumns(leaky, "leakage"));
        steps.Add(new DropEmptyColumns());
        steps.Add(new DropEmptyRows());
        steps.Add(new DropDuplicates(id));
        if (target is not null)
            steps.Add(new HandleMissing([target], MissingStrategy.Drop, AddIndicator: false));
        var numeric = kept.Where(c => IsFeature(c) && c.Kind is ColumnKind.Integer or ColumnKind.Number).ToList();
        var withMissing = numeric.Where(c => c.MissingCount > 0).Select(c => Final(c.Name)).ToList();
        if (withMissing.Count > 0)
            steps.Add(new HandleMissing(withMissing, MissingStrategy.Median));
        var others = kept.Where(c => IsFeature(c) && c.MissingCount > 0 && c.Kind is ColumnKind.Boolean or ColumnKind.Category or ColumnKind.Text)
            .Select(c => Final(c.Name)).ToList();
        if (others.Count > 0)
            steps.Add(new HandleMissing(others, MissingStrategy.Mode));
        if (numeric.Count > 0)
            steps.Add(new Outliers([.. numeric.Select(c => Final(c.Name))]));
        return new Recipe([.. steps]);
    }

    private static string Find(DataTable table, List<string> names, List<string> snake, string name, string setting)
    {
        var i = names.IndexOf(name);
        if (i < 0)
            i = snake.IndexOf(name);
        return i >= 0 ? names[i] : throw new UserErrorException($"{setting} names '{name}', which is not a column of {table.Source}.",
            $"Use one of: {string.Join(", ", names)}.");
    }
}

using System.Text.RegularExpressions;

using Carbet.Core;
using Carbet.Data.Reading;
using Carbet.Data.Tables;

namespace Carbet.Lifecycle.Project;

/// <summary><c>carbet init</c>: reads a data file, checks the target, guesses the rest and writes a commented carbet.yaml.</summary>
public static partial class ProjectInitializer
{
    /// <summary>Writes <paramref name="projectPath"/>; an existing file is kept unless <paramref name="overwrite"/>.</summary>
    public static async Task<ProjectGuess> WriteAsync(string dataPath, string target, string? name, string projectPath, bool overwrite, CancellationToken ct)
    {
        if (File.Exists(projectPath) && !overwrite)
            throw new UserErrorException($"{projectPath} already exists.", "Edit it, or pass --force to replace it.");
        var loaded = await TableLoader.LoadAsync(DataSource.FromPath(dataPath), new LoadOptions(), null, ct);
        var folder = Path.GetDirectoryName(Path.GetFullPath(projectPath)) ?? ".";
        var guess = Guess(loaded.Table, target, name ?? Path.GetFileNameWithoutExtension(dataPath), Path.GetRelativePath(folder, Path.GetFullPath(dataPath)));
        await File.WriteAllTextAsync(projectPath, ProjectFileTemplate.Render(guess), ct);
        return guess;
    }

    /// <summary>What the table suggests: the task from the target, the positive class, an id, a time column and sensitive attributes.</summary>
    public static ProjectGuess Guess(DataTable table, string target, string name, string source)
    {
        ArgumentNullException.ThrowIfNull(table);
        var column = table[target];
        var counts = Enumerable.Range(0, column.Length).Select(column.Format).OfType<string>()
            .GroupBy(v => v, StringComparer.Ordinal).Select(g => (Value: g.Key, Count: g.Count())).OrderBy(g => g.Count).ThenBy(g => g.Value, StringComparer.Ordinal).ToList();
        if (counts.Count < 2)
            throw new UserErrorException($"The target '{target}' has {counts.Count} distinct value{(counts.Count == 1 ? "" : "s")} in {table.Source}.", "Choose a column with at least two outcomes to predict.");
        var task = counts.Count == 2 ? TaskKind.Binary
            : column is NumericColumn && counts.Count > 20 ? TaskKind.Regression
            : TaskKind.Multiclass;
        return new ProjectGuess(Slug(name), source, target, task, table.Schema)
        {
            Positive = task == TaskKind.Binary ? counts[0].Value : null,
            Id = table.Columns.FirstOrDefault(c => c.Kind == ColumnKind.Identifier && c.Name != target)?.Name,
            Time = table.Columns.FirstOrDefault(c => c.Kind == ColumnKind.DateTime)?.Name,
            Sensitive = [.. table.Columns.Where(c => c.Name != target && SensitiveName().IsMatch(c.Name)).Select(c => c.Name)],
        };
    }

    private static string Slug(string name)
    {
        var slug = NonSlug().Replace(name.ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "project" : slug;
    }

    // GDPR art. 9 special categories and the attributes anti-discrimination law protects
    [GeneratedRegex(@"(^|[^a-z])(sex|gender|age|race|ethnic\w*|religion|nationality|native|marital|disab\w*|pregnan\w*|birth\w*|origin|health|orientation|personal_status|foreign)([^a-z]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex SensitiveName();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}

using Carbet.Data.Preparation;
using Carbet.Data.Tables;
using Carbet.Lifecycle.Project;

namespace Carbet.Lifecycle.DataSteps;

/// <summary>The recipe a project prepares with: the suggested one, plus the spelling mappings and unit fixes carbet.yaml declares.</summary>
public static class PreparationRecipe
{
    /// <summary>Builds the recipe for a raw table.</summary>
    public static Recipe For(ProjectFile project, DataTable raw)
    {
        ArgumentNullException.ThrowIfNull(project);
        var data = project.Data;
        var suggested = RecipeSuggester.Suggest(raw, new RecipeSuggestOptions(data.Target, data.Id, data.Exclude, null, data.Time));
        var steps = new List<RecipeStep>();
        var mappings = project.Preparation.CategoryMappings.ToDictionary(m => m.Key, m => (IReadOnlyDictionary<string, string>)m.Value, StringComparer.Ordinal);
        var choices = project.Preparation;
        // units are fixed once names and spellings are settled, before imputation and clipping see the values
        var unitsAfter = suggested.Steps.OfType<NormalizeCategories>().Any() ? typeof(NormalizeCategories) : typeof(TrimWhitespace);
        foreach (var step in suggested.Steps)
        {
            if (step is Outliers && choices.Outliers == "none")
                continue;
            steps.Add(step switch
            {
                NormalizeCategories normalize when mappings.Count > 0 => normalize with { Mapping = mappings },
                HandleMissing missing when choices.Missing == "drop" && missing.Strategy != MissingStrategy.Drop => missing with { Strategy = MissingStrategy.Drop, AddIndicator = false },
                Outliers outliers when choices.Outliers == "flag" => outliers with { Strategy = OutlierStrategy.Flag },
                _ => step,
            });
            if (step.GetType() == unitsAfter)
                steps.AddRange(project.Preparation.UnitFixes.Select(f => new FixUnits(f.Column, f.Threshold, f.Factor, f.Multiply ? UnitFix.MultiplyBelow : UnitFix.DivideAbove)));
        }
        return new Recipe([.. steps]);
    }

    /// <summary>A column's name after the recipe's renaming to snake_case.</summary>
    public static string Renamed(string name) => RenameToSnakeCase.ToSnakeCase(name);
}

using Carbet.Data.Preparation;
using Carbet.Data.Reading;
using Carbet.Lifecycle.Project;

namespace Carbet.Lifecycle.DataSteps;

/// <summary>Turns the data section of carbet.yaml into what the readers take.</summary>
public static class ProjectData
{
    /// <summary>The reader's source for a declared source.</summary>
    public static DataSource Source(SourceSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Path is { } path ? DataSource.FromPath(path) : new SqlSource(spec.Connection!, spec.Query!);
    }

    /// <summary>Load options with the kind overrides and missing markers the project declares.</summary>
    public static LoadOptions Options(DataSection data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var options = new LoadOptions { KindOverrides = data.Types };
        return data.MissingTokens is { } tokens ? options with { MissingTokens = [.. LoadOptions.DefaultMissingTokens.Union(tokens)] } : options;
    }

    /// <summary>Loads the project's main source.</summary>
    public static Task<LoadedTable> LoadAsync(ProjectFile project, IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(project);
        return TableLoader.LoadAsync(Source(project.Data.Source), Options(project.Data),
            progress.Map<long>(rows => new($"Reading {rows:N0} rows", 0.1)), ct);
    }

    /// <summary>How the prepared rows are split: by the project's split column, else by time, else stratified by target; same seed, same split.</summary>
    public static SplitOptions SplitOptions(ProjectFile project, int seed) =>
        new(project.Preparation.Validation, project.Preparation.Test, PreparationRecipe.Renamed(project.Data.Target),
            project.Data.Time is { } time ? PreparationRecipe.Renamed(time) : null, seed)
        {
            Column = project.Preparation.SplitColumn is { } column ? PreparationRecipe.Renamed(column) : null,
        };

    /// <summary>The dataset names the store uses for a project's raw and prepared data.</summary>
    public static (string Raw, string Prepared) DatasetNames(ProjectFile project) => (project.Name + "-raw", project.Name);
}

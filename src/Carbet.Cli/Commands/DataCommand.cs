using System.CommandLine;

using Carbet.Core;
using Carbet.Lifecycle.Project;
using Carbet.Tracking;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet data check|profile|validate|prepare|approve</c>: C1 and C3 on the project's data.</summary>
internal static class DataCommand
{
    public static Option<FileInfo> Project { get; } = new("--project")
    {
        Description = "The project file.",
        DefaultValueFactory = _ => new FileInfo("carbet.yaml"),
        Recursive = true,
    };

    public static Command Create(CliConsole console) => new("data", "Check, profile, validate, prepare and approve the project's data.")
    {
        Project,
        DataCheckCommand.Create(console),
        DataProfileCommand.Create(console),
        DataValidateCommand.Create(console),
        DataPrepareCommand.Create(console),
        DataApproveCommand.Create(console),
        DataVersionsCommand.Create(console),
    };

    /// <summary>Loads the project and opens the store, the two things every data command starts with.</summary>
    public static Task<(ProjectFile Project, IStore Store, CarbetContext Context)> OpenAsync(ParseResult parse, CancellationToken ct) =>
        OpenAsync(parse, parse.GetRequiredValue(Project), ct);

    /// <summary>Loads the given project file and opens the store, for commands outside <c>carbet data</c>.</summary>
    public static async Task<(ProjectFile Project, IStore Store, CarbetContext Context)> OpenAsync(ParseResult parse, FileInfo projectFile, CancellationToken ct)
    {
        var project = ProjectFileLoader.Load(projectFile.FullName);
        // one rule for every command: --store, else CARBET_STORE, else .carbet/ in the current folder; so
        // 'carbet train --project demo-world/.../carbet.yaml' after 'carbet demo' finds the demo's records
        var store = await StoreFactory.OpenAsync(GlobalOptions.StoreOptionsFrom(parse), ct);
        return (project, store, new CarbetContext(CarbetContext.DefaultSeed));
    }
}

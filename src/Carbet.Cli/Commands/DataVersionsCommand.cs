using System.CommandLine;

using Carbet.Cli.Rendering;
using Carbet.Lifecycle.DataSteps;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet data versions</c>: the raw and prepared versions of the project's data, with lineage and sign-offs.</summary>
internal static class DataVersionsCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("versions", "List the raw and prepared dataset versions of the project, with their parent and approvals.");
        command.SetAction(async (parse, ct) =>
        {
            var (project, store, _) = await DataCommand.OpenAsync(parse, ct);
            await using var _store = store;
            var (raw, prepared) = ProjectData.DatasetNames(project);
            var table = OutputTable.Create($"Dataset versions of {project.Name}", "Dataset", "Version", "Id", "Rows", "Parent", "Approvals", "Created");
            foreach (var name in new[] { raw, prepared })
            {
                foreach (var v in await store.Datasets.ListVersionsAsync(name, ct))
                {
                    var approvals = await store.Datasets.ListApprovalsAsync(v.Id, ct);
                    table.Row(v.Dataset, Format.Version(v.Version), v.Id, Format.Count(v.Rows), v.ParentId ?? "",
                        string.Join(", ", approvals.Select(a => $"{a.Role} ({a.By})")), Format.Time(v.CreatedAt));
                }
            }
            console.Out.Write(table);
            return CarbetCli.Success;
        });
        return command;
    }
}

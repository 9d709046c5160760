using System.CommandLine;

using Carbet.Cli.Rendering;
using Carbet.Core;
using Carbet.Tracking;

namespace Carbet.Cli.Commands;

/// <summary><c>carbet runs artifact RUN PATH</c>: copies a stored artifact (a report, a model, a dataset) out of the store.</summary>
internal static class RunArtifactCommand
{
    public static Command Create(CliConsole console)
    {
        var run = new Argument<string>("run") { Description = "The run id, or a unique prefix of at least 6 characters." };
        var path = new Argument<string>("path") { Description = "The artifact's path in the run, e.g. reports/profile.html (see 'carbet runs show')." };
        var output = new Option<FileInfo?>("--out") { Description = "Where to write it. Default: the artifact's file name in the current folder." };
        var command = new Command("artifact", "Copy one artifact of a run out of the store, such as reports/profile.html.") { run, path, output };
        command.SetAction(async (parse, ct) =>
        {
            var runId = parse.GetRequiredValue(run);
            var wanted = parse.GetRequiredValue(path);
            await using var store = await StoreFactory.OpenAsync(GlobalOptions.StoreOptionsFrom(parse), ct);
            var snapshot = await store.Runs.GetAsync(runId, ct)
                ?? throw new UserErrorException($"No run '{runId}' in {store.Description}.", "List runs with 'carbet runs list' and copy an id.");
            var artifacts = await store.Runs.ListArtifactsAsync(snapshot.Id, ct);
            var artifact = artifacts.FirstOrDefault(a => a.Path == wanted)
                ?? throw new UserErrorException($"Run {Format.ShortId(snapshot.Id)} has no artifact '{wanted}'.", $"Use one of: {string.Join(", ", artifacts.Select(a => a.Path))}.");
            var destination = parse.GetValue(output)?.FullName ?? Path.GetFullPath(Path.GetFileName(artifact.Path));
            await using (var source = store.Artifacts.OpenRead(artifact.Sha256))
            await using (var target = File.Create(destination))
                await source.CopyToAsync(target, ct);
            console.Out.Write(OutputTable.Create("carbet runs artifact", "Artifact", "Size", "Written to").Row(artifact.Path, Format.Bytes(artifact.Size), destination));
            return CarbetCli.Success;
        });
        return command;
    }
}

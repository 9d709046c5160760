using System.Collections.Immutable;
using System.Text.Json;

using Carbet.Data.Reading;
using Carbet.Lifecycle.Project;
using Carbet.Tracking;

namespace Carbet.Lifecycle.DataSteps;

/// <summary>One declared source and what the check found.</summary>
/// <param name="Role">"source" for the main one, "alternative" for the others.</param>
public sealed record SourceCheck(string Role, SourceSpec Spec, AvailabilityResult Result)
{
    /// <summary>Reachable, readable, and holding every required column.</summary>
    public bool Usable => Result.Reachable && Result.Readable && Result.MissingRequiredColumns.IsEmpty;
}

/// <summary>What <c>carbet data check</c> found, and the advice when the main source cannot serve.</summary>
public sealed record AvailabilityReport(string RunId, ImmutableArray<SourceCheck> Checks, string Advice)
{
    /// <summary>Whether the main source can serve.</summary>
    public bool MainUsable => Checks[0].Usable;
}

/// <summary><c>carbet data check</c> (C1): is each declared source reachable, readable, fresh and complete?</summary>
public sealed class DataCheckWorkflow(IStore store)
{
    /// <summary>Checks the main source and every alternative, and records the result as a run.</summary>
    public Task<AvailabilityReport> RunAsync(ProjectFile project, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(project);
        var data = project.Data;
        ImmutableArray<string> required = [.. new[] { data.Target, data.Id, data.Time }.OfType<string>().Concat(data.Sensitive).Distinct()];
        return RecordedRun.RecordAsync(store, project.Name, "availability", project.Folder, "data check", async run =>
        {
            var checks = ImmutableArray.CreateBuilder<SourceCheck>();
            foreach (var (role, spec) in data.Alternatives.Select(a => ("alternative", a)).Prepend(("source", data.Source)))
                checks.Add(new SourceCheck(role, spec, await SourceAvailability.CheckAsync(ProjectData.Source(spec), required, data.Time, ProjectData.Options(data), ct)));
            var report = new AvailabilityReport(run.Id, checks.ToImmutable(), Advice(checks));
            await run.LogTextAsync("reports/availability.json", JsonSerializer.Serialize(report.Checks.Select(c => new { c.Role, c.Usable, c.Result }), ReportJson.Options), ct);
            return report;
        }, ct);
    }

    private static string Advice(ImmutableArray<SourceCheck>.Builder checks)
    {
        if (checks[0].Usable)
            return "The source is available and holds every required column.";
        var alternatives = checks.Skip(1).ToList();
        if (alternatives.Count == 0)
            return "The source cannot serve, and carbet.yaml declares no alternatives (data.alternatives): fix the source or declare one.";
        var usable = alternatives.Where(c => c.Usable).Select(c => c.Spec.ToString()).ToList();
        return usable.Count > 0
            ? $"The source cannot serve; usable alternatives: {string.Join(", ", usable)}."
            : $"The source cannot serve, and none of the {alternatives.Count} declared alternatives can either.";
    }
}

using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

using Carbet.Core;
using Carbet.Data.Profiling;
using Carbet.Data.Reading;
using Carbet.Data.Tables;
using Carbet.Data.Writing;
using Carbet.Lifecycle.Project;
using Carbet.Tracking;
using Carbet.Tracking.Datasets;

namespace Carbet.Lifecycle.DataSteps;

/// <summary>What <c>carbet data profile</c> produced.</summary>
public sealed record ProfileSummary(string RunId, DatasetVersionSnapshot RawVersion, LoadReport Load, DatasetProfile Profile);

/// <summary><c>carbet data profile</c>: loads the project's source, keeps the raw bytes, registers the raw version, profiles it and stores the reports.</summary>
public sealed class DataProfileWorkflow(IStore store, CarbetContext context)
{
    /// <summary>Profiles the project's main source.</summary>
    public async Task<ProfileSummary> RunAsync(ProjectFile project, IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(project);
        var loaded = await ProjectData.LoadAsync(project, progress, ct);
        return await RecordedRun.RecordAsync(store, project.Name, "profile", project.Folder, "data profile", async run =>
        {
            var raw = await RegisterRawAsync(store, run, project, loaded, ct);
            progress?.Report(new("Profiling", 0.4));
            var profile = Profiler.Profile(loaded.Table, Options(project),
                progress.Map<double>(f => new("Profiling", 0.4 + 0.5 * f)), ct);
            progress?.Report(new("Writing the reports", 0.9));
            await run.LogTextAsync("reports/profile.html", ProfileHtml.Write(profile, $"Profile of {project.Name}"), ct);
            await run.LogTextAsync("reports/profile.json", ProfileJson.Write(profile), ct);
            await run.LogMetricsAsync(Metrics(profile), context.Now, ct);
            return new ProfileSummary(run.Id, raw, loaded.Report, profile);
        }, ct);
    }

    /// <summary>The profile settings a project implies.</summary>
    public static ProfileOptions Options(ProjectFile project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new ProfileOptions { Target = project.Data.Target, Positive = project.Data.Positive, Id = project.Data.Id, Time = project.Data.Time };
    }

    /// <summary>Keeps the raw bytes (a file as it is; a query's rows as Parquet) and registers the raw dataset version.</summary>
    internal static async Task<DatasetVersionSnapshot> RegisterRawAsync(IStore store, RecordedRun run, ProjectFile project, LoadedTable loaded, CancellationToken ct)
    {
        string hash;
        if (project.Data.Source.Path is { } path)
        {
            await using var file = File.OpenRead(path);
            var artifact = await store.Runs.LogArtifactAsync(run.Id, "data/raw/" + Path.GetFileName(path), file, ct);
            hash = artifact.Sha256;
        }
        else
        {
            hash = (await run.LogBytesAsync("data/raw/query.parquet", await ParquetBytesAsync(loaded.Table, ct), ct)).Sha256;
        }
        await run.LogTextAsync("data/load-report.json", JsonSerializer.Serialize(loaded.Report, ReportJson.Options), ct);
        await run.LogParamsAsync(new Dictionary<string, string>
        {
            ["data.source"] = project.Data.Source.ToString(),
            ["data.rows_read"] = loaded.Report.RowsRead.ToString(CultureInfo.InvariantCulture),
            ["data.rows_rejected"] = loaded.Report.RowsRejected.ToString(CultureInfo.InvariantCulture),
        }, ct);
        return await store.Datasets.RegisterVersionAsync(new NewDatasetVersion(ProjectData.DatasetNames(project).Raw, hash, loaded.Table.Schema, loaded.Table.RowCount)
        {
            Source = project.Data.Source.ToString(),
        }, ct);
    }

    internal static async Task<byte[]> ParquetBytesAsync(DataTable table, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await ParquetTableWriter.WriteAsync(table, buffer, ct);
        return buffer.ToArray();
    }

    internal static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static ImmutableSortedDictionary<string, double> Metrics(DatasetProfile p) => new Dictionary<string, double>
    {
        ["rows"] = p.RowCount,
        ["columns"] = p.ColumnCount,
        ["duplicate_rows"] = p.Duplicates.DuplicateRows,
        ["missing_share"] = p.RowCount * p.ColumnCount == 0 ? 0 : p.Columns.Sum(c => (double)c.Missing.Count) / ((double)p.RowCount * p.ColumnCount),
        ["alerts"] = p.Alerts.Length,
        ["leakage_alerts"] = p.Alerts.Count(a => a.Kind == ProfileAlertKind.Leakage),
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);
}

using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;

using Carbet.Data.Csv;

namespace Carbet.Data.DemoWorld;

/// <summary>Writes the demo world to a folder, month by month: the historical table (CSV and Parquet), the monthly
/// batches production sees, the outcomes as they become known, and a manifest.</summary>
/// <remarks>Same options, same bytes in every file. On cancellation the folder keeps the files written so far.</remarks>
public static class DemoWorldWriter
{
    private const string Applications = "applications.csv";
    private const string ApplicationsParquet = "applications.parquet";
    private const string Outcomes = "outcomes.csv";
    private const string Manifest = "manifest.json";
    private const string Batches = "batches";

    /// <summary>Generates the world of <paramref name="options"/> into <paramref name="folder"/> (created if needed,
    /// files of an earlier run overwritten), reporting each month written.</summary>
    /// <exception cref="Core.UserErrorException">An option is out of range.</exception>
    public static async Task<DemoWorldFiles> WriteAsync(DemoWorldOptions options, string folder, IProgress<DemoWorldProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var months = DemoWorldGenerator.Generate(options);
        Directory.CreateDirectory(Path.Combine(folder, Batches));

        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        long applications = 0;
        await using (var table = CsvWriter.Create(Path.Combine(folder, Applications)))
        await using (var outcomes = CsvWriter.Create(Path.Combine(folder, Outcomes)))
        await using (var parquetFile = new FileStream(Path.Combine(folder, ApplicationsParquet), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            await using var parquet = await ApplicationsParquetWriter.CreateAsync(parquetFile, ct);
            table.WriteHeader(DemoWorldColumns.Schema.Columns.Select(c => c.Name));
            outcomes.WriteHeader([DemoWorldColumns.Id, DemoWorldColumns.Target, "known_on"]);
            foreach (var month in months)
            {
                ct.ThrowIfCancellationRequested();
                var batch = BatchPath(month.Month);
                rows[batch] = await WriteMonthAsync(table, Path.Combine(folder, batch), month, ct);
                foreach (var outcome in month.Outcomes)
                    outcomes.WriteRow([outcome.ApplicationId, ApplicationRow.Flag(outcome.Default), ApplicationRow.Date(outcome.KnownOn)]);
                await parquet.WriteMonthAsync(month.Applications, ct);
                await table.FlushAsync(ct);
                await outcomes.FlushAsync(ct);
                applications += month.Outcomes.Length;
                progress?.Report(new DemoWorldProgress(month.Index, options.Months));
            }
            rows[Applications] = table.Rows;
            rows[Outcomes] = outcomes.Rows;
            rows[ApplicationsParquet] = parquet.Rows;
        }
        DeleteStaleBatches(folder, rows.Keys);

        var files = new List<WrittenFile>();
        foreach (var (path, count) in rows.OrderBy(r => r.Key, StringComparer.Ordinal))
            files.Add(await DescribeAsync(folder, path, count, ct));
        await ManifestWriter.WriteAsync(Path.Combine(folder, Manifest), options, files, applications, ct);
        files.Add(await DescribeAsync(folder, Manifest, 0, ct));
        return new DemoWorldFiles(folder, [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)], applications);
    }

    private static string BatchPath(DateOnly month) =>
        string.Create(CultureInfo.InvariantCulture, $"{Batches}/applications-{month:yyyy-MM}.csv");

    /// <summary>Writes the month to the table and to its batch file, without the last two columns; returns the batch's rows.</summary>
    private static async Task<long> WriteMonthAsync(CsvWriter table, string batchPath, DemoMonth month, CancellationToken ct)
    {
        var width = DemoWorldColumns.BatchColumns.Length;
        await using var batch = CsvWriter.Create(batchPath);
        batch.WriteHeader(DemoWorldColumns.BatchColumns);
        foreach (var application in month.Applications)
        {
            var fields = ApplicationRow.Fields(application);
            table.WriteRow(fields);
            batch.WriteRow(fields.AsSpan(0, width));
        }
        await batch.FlushAsync(ct);
        return batch.Rows;
    }

    // a shorter run into the same folder must not leave the batches of a longer one behind
    private static void DeleteStaleBatches(string folder, IEnumerable<string> written)
    {
        var keep = written.Select(p => Path.GetFullPath(Path.Combine(folder, p))).ToImmutableHashSet();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, Batches), "applications-*.csv"))
        {
            if (!keep.Contains(Path.GetFullPath(file)))
                File.Delete(file);
        }
    }

    private static async Task<WrittenFile> DescribeAsync(string folder, string path, long rows, CancellationToken ct)
    {
        await using var stream = new FileStream(Path.Combine(folder, path), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var hash = await SHA256.HashDataAsync(stream, ct);
        return new WrittenFile(path, rows, stream.Length, Convert.ToHexStringLower(hash));
    }
}

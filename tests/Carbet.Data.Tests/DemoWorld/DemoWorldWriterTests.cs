using System.Security.Cryptography;
using System.Text.Json;

using Carbet.Data.DemoWorld;
using Carbet.Data.Tests.Csv;
using Carbet.Testing;

using Parquet;
using Parquet.Schema;

namespace Carbet.Data.Tests.DemoWorld;

public sealed class DemoWorldWriterTests
{
    private static readonly DemoWorldOptions Small = new() { Months = 3, ApplicationsPerMonth = 300, Start = new DateOnly(2024, 11, 1) };

    [Fact]
    public async Task WriteAsync_SmallWorld_WritesTheDocumentedFiles()
    {
        var ct = TestContext.Current.CancellationToken;
        using var temp = new TempFolder();
        var reports = new List<DemoWorldProgress>();
        var files = await DemoWorldWriter.WriteAsync(Small, temp.Path, new SyncProgress(reports.Add), ct);

        Assert.Equal(
            ["applications.csv", "applications.parquet", "batches/applications-2024-11.csv", "batches/applications-2024-12.csv",
                "batches/applications-2025-01.csv", "manifest.json", "outcomes.csv"],
            files.Files.Select(f => f.Path));
        Assert.Equal([1, 2, 3], reports.Select(p => p.MonthsDone));
        Assert.All(reports, p => Assert.Equal(3, p.MonthsTotal));
        Assert.Equal(900, files.Applications);
        foreach (var file in files.Files)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(temp.Path, file.Path), ct);
            Assert.Equal(bytes.LongLength, file.Bytes);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256);
        }
    }

    [Fact]
    public async Task WriteAsync_SmallWorld_CsvFilesHoldTheGeneratedRows()
    {
        using var temp = new TempFolder();
        var files = await DemoWorldWriter.WriteAsync(Small, temp.Path, null, TestContext.Current.CancellationToken);
        var months = DemoWorldGenerator.Generate(Small).ToList();
        var table = CsvText.Read(temp.File("applications.csv"));

        Assert.Equal(DemoWorldColumns.Schema.Columns.Select(c => c.Name), table[0]);
        Assert.Equal(months.Sum(m => m.Applications.Length), table.Count - 1);
        Assert.Equal(table.Count - 1, files.Files.Single(f => f.Path == "applications.csv").Rows);
        Assert.All(table.Skip(1), row => Assert.Equal("", row[Column(DemoWorldColumns.Empty)]));
        Assert.All(table.Skip(1), row => Assert.Equal(row[Column(DemoWorldColumns.Target)] == "1",
            row[Column(DemoWorldColumns.Leakage)] is "written_off" or "in_collection"));
        var first = months[0].Applications[0];
        Assert.Equal(first.ApplicationId, table[1][0]);
        Assert.Equal(first.ApplicationDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), table[1][1]);
        Assert.Equal(first.Territory, table[1][2]);

        var batch = CsvText.Read(temp.File("batches/applications-2024-12.csv"));
        Assert.Equal(DemoWorldColumns.Schema.Columns.Select(c => c.Name).Except([DemoWorldColumns.Leakage, DemoWorldColumns.Target]), batch[0]);
        Assert.Equal(months[1].Applications.Length, batch.Count - 1);
        Assert.Equal(table.Skip(1 + months[0].Applications.Length).Take(batch.Count - 1).Select(r => r[..^2]), batch.Skip(1));

        var outcomes = CsvText.Read(temp.File("outcomes.csv"));
        Assert.Equal(["application_id", "default_12m", "known_on"], outcomes[0]);
        Assert.Equal(900, outcomes.Count - 1);
    }

    [Fact]
    public async Task WriteAsync_SmallWorld_ParquetHoldsTheCsvRows()
    {
        var ct = TestContext.Current.CancellationToken;
        using var temp = new TempFolder();
        await DemoWorldWriter.WriteAsync(Small, temp.Path, null, ct);
        var table = CsvText.Read(temp.File("applications.csv"));

        await using var reader = await ParquetReader.CreateAsync(temp.File("applications.parquet"), new ParquetOptions { UseDateOnlyTypeForDates = true }, ct);
        Assert.Equal(DemoWorldColumns.Schema.Columns.Select(c => c.Name), reader.Schema.DataFields.Select(f => f.Name));
        Assert.Equal(3, reader.RowGroupCount);
        var ids = new List<string>();
        var incomes = new List<double>();
        var years = new List<double?>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            ids.AddRange(await ReadStringsAsync(group, Field(reader, DemoWorldColumns.Id), ct));
            var income = new double[group.RowCount];
            await group.ReadAsync<double>(Field(reader, "monthly_income"), income, null, ct);
            incomes.AddRange(income);
            var year = new double?[group.RowCount];
            await group.ReadAsync<double>(Field(reader, "employment_years"), year, null, ct);
            years.AddRange(year);
        }
        Assert.Equal(table.Skip(1).Select(r => r[0]), ids);
        Assert.Equal(table.Skip(1).Select(r => double.Parse(r[Column("monthly_income")], System.Globalization.CultureInfo.InvariantCulture)), incomes);
        Assert.Equal(table.Skip(1).Select(r => r[Column("employment_years")] == ""), years.Select(y => y is null));
    }

    [Fact]
    public async Task WriteAsync_SameOptionsTwice_IdenticalBytesInEveryFile()
    {
        var ct = TestContext.Current.CancellationToken;
        using var a = new TempFolder();
        using var b = new TempFolder();
        var first = await DemoWorldWriter.WriteAsync(Small, a.Path, null, ct);
        var second = await DemoWorldWriter.WriteAsync(Small, b.Path, null, ct);
        Assert.Equal(first.Files, second.Files);
        foreach (var file in first.Files)
            Assert.Equal(await File.ReadAllBytesAsync(a.File(file.Path), ct), await File.ReadAllBytesAsync(b.File(file.Path), ct));
    }

    [Fact]
    public async Task WriteAsync_OtherSeed_DifferentContent()
    {
        var ct = TestContext.Current.CancellationToken;
        using var a = new TempFolder();
        using var b = new TempFolder();
        var first = await DemoWorldWriter.WriteAsync(Small, a.Path, null, ct);
        var second = await DemoWorldWriter.WriteAsync(Small with { Seed = Small.Seed + 1 }, b.Path, null, ct);
        Assert.All(first.Files.Zip(second.Files), pair => Assert.NotEqual(pair.First.Sha256, pair.Second.Sha256));
        Assert.NotEqual(CsvText.Read(a.File("applications.csv"))[1][2..], CsvText.Read(b.File("applications.csv"))[1][2..]);
    }

    [Fact]
    public async Task WriteAsync_SmallWorld_ManifestRecordsOptionsDriftAndFiles()
    {
        var ct = TestContext.Current.CancellationToken;
        using var temp = new TempFolder();
        var files = await DemoWorldWriter.WriteAsync(Small with { Months = 24 }, temp.Path, null, ct);
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(temp.File("manifest.json"), ct));
        var root = manifest.RootElement;

        Assert.Equal(DemoWorldGenerator.Version, root.GetProperty("generator_version").GetString());
        Assert.Equal(Small.Seed, root.GetProperty("seed").GetInt32());
        Assert.Equal(24, root.GetProperty("options").GetProperty("months").GetInt32());
        Assert.Equal("2024-11-01", root.GetProperty("options").GetProperty("start").GetString());
        Assert.Equal(13, root.GetProperty("drift").GetProperty("income_inflation_from").GetProperty("index").GetInt32());
        Assert.Equal("2025-11", root.GetProperty("drift").GetProperty("income_inflation_from").GetProperty("month").GetString());
        Assert.Equal(["2026-09", "2026-10", "2026-11"],
            root.GetProperty("drift").GetProperty("hurricane_months").EnumerateArray().Select(m => m.GetProperty("month").GetString()));
        var listed = root.GetProperty("files").EnumerateArray()
            .Select(f => new WrittenFile(f.GetProperty("path").GetString()!, f.GetProperty("rows").GetInt64(), f.GetProperty("bytes").GetInt64(), f.GetProperty("sha256").GetString()!));
        Assert.Equal(files.Files.Where(f => f.Path != "manifest.json"), listed);
    }

    [Fact]
    public async Task WriteAsync_ShorterRunInSameFolder_RemovesStaleBatches()
    {
        var ct = TestContext.Current.CancellationToken;
        using var temp = new TempFolder();
        await DemoWorldWriter.WriteAsync(Small, temp.Path, null, ct);
        await DemoWorldWriter.WriteAsync(Small with { Months = 1 }, temp.Path, null, ct);
        Assert.Equal(["applications-2024-11.csv"], Directory.EnumerateFiles(temp.File("batches")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task WriteAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var temp = new TempFolder();
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress(_ => cancel.Cancel());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DemoWorldWriter.WriteAsync(Small, temp.Path, progress, cancel.Token));
    }

    private static int Column(string name) => DemoWorldColumns.Schema.Columns.IndexOf(DemoWorldColumns.Schema.Find(name)!);

    private static DataField Field(ParquetReader reader, string name) => reader.Schema.DataFields.Single(f => f.Name == name);

    private static async Task<string[]> ReadStringsAsync(ParquetRowGroupReader group, DataField field, CancellationToken ct)
    {
        var values = new string[group.RowCount];
        await group.ReadAsync(field, values, null, ct);
        return values;
    }

    /// <summary>Reports on the writer's thread; <see cref="Progress{T}"/> would post to the thread pool and race the assertions.</summary>
    private sealed class SyncProgress(Action<DemoWorldProgress> report) : IProgress<DemoWorldProgress>
    {
        public void Report(DemoWorldProgress value) => report(value);
    }
}

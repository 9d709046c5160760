using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Data.Reading;
using Carbet.Data.Tables;
using Carbet.Data.Writing;
using Carbet.Testing;

namespace Carbet.Data.Tests.Writing;

public sealed class ParquetTableWriterTests
{
    private static DataTable Sample() => new("sample", [
        new NumericColumn("age", ColumnKind.Integer, [31, double.NaN, 45], ImmutableSortedDictionary<string, int>.Empty.Add("?", 1)),
        new NumericColumn("income", ColumnKind.Number, [1200.5, 980.25, double.NaN]),
        new NumericColumn("default", ColumnKind.Boolean, [0, 1, double.NaN]),
        TextColumn.FromValues("region", ColumnKind.Category, ["north", null, "north"]),
        TextColumn.FromValues("id", ColumnKind.Identifier, ["A1", "A2", "A3"]),
        new DateTimeColumn("opened", [new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc).Ticks + 1234567, DateTimeColumn.Missing, new DateTime(1950, 6, 1, 0, 0, 0, DateTimeKind.Utc).Ticks], hasTime: true),
        new DateTimeColumn("day", [new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc).Ticks, DateTimeColumn.Missing, DateTimeColumn.Missing], hasTime: false),
    ]);

    [Fact]
    public async Task WriteAsync_ThenReadAsync_RoundTripsKindsValuesAndMissing()
    {
        var ct = TestContext.Current.CancellationToken;
        var table = Sample();
        using var stream = new MemoryStream();
        await ParquetTableWriter.WriteAsync(table, stream, ct);
        stream.Position = 0;
        var back = await ParquetTableWriter.ReadAsync(stream, "back", ct);
        Assert.Equal(table.Columns.Select(c => (c.Name, c.Kind)), back.Columns.Select(c => (c.Name, c.Kind)));
        for (var j = 0; j < table.Columns.Length; j++)
        {
            for (var i = 0; i < table.RowCount; i++)
                Assert.Equal(table.Columns[j].Format(i), back.Columns[j].Format(i));
        }
        Assert.Equal(((DateTimeColumn)table["opened"]).Ticks.ToArray(), ((DateTimeColumn)back["opened"]).Ticks.ToArray());
        Assert.False(((DateTimeColumn)back["day"]).HasTime);
        Assert.Equal(1, back["age"].MissingTokens["?"]);
    }

    [Fact]
    public async Task WriteAsync_EqualTables_GiveIdenticalBytes()
    {
        var ct = TestContext.Current.CancellationToken;
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        await ParquetTableWriter.WriteAsync(Sample(), first, ct);
        await ParquetTableWriter.WriteAsync(Sample(), second, ct);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public async Task LoadAsync_ParquetFile_ReadsWithReport()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var path = folder.File("t.parquet");
        await using (var file = File.Create(path))
            await ParquetTableWriter.WriteAsync(Sample(), file, ct);
        var loaded = await TableLoader.LoadAsync(DataSource.FromPath(path), new LoadOptions(), null, ct);
        Assert.Empty(loaded.Report.Repairs);
        Assert.Equal("parquet", loaded.Report.Format);
        Assert.Equal(3, loaded.Report.RowsKept);
        Assert.Equal(ColumnKind.Identifier, loaded.Table["id"].Kind);
    }
}

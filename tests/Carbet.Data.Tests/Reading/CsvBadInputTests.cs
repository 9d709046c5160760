using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Data.Reading;
using Carbet.Data.Tables;
using Carbet.Testing;

namespace Carbet.Data.Tests.Reading;

public sealed class CsvBadInputTests
{
    [Fact]
    public async Task LoadAsync_RaggedRows_RejectsThemWithLineAndReason()
    {
        using var folder = new TempFolder();
        var loaded = await Csv.LoadAsync(folder, "a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n");
        var report = loaded.Report;
        Assert.Equal((4L, 2L, 2L), (report.RowsRead, report.RowsKept, report.RowsRejected));
        Assert.Equal(report.RowsRead, report.RowsKept + report.RowsRejected);
        Assert.Equal(1, report.RejectedByReason["too few fields"]);
        Assert.Equal(1, report.RejectedByReason["too many fields"]);
        Assert.Equal([3L, 4L], report.FirstRejected.Select(r => r.Line));
        Assert.Equal("expected 3 fields, found 2", report.FirstRejected[0].Reason);
        Assert.Equal([2L, 5L], loaded.Table.SourceLines);
    }

    [Fact]
    public async Task LoadAsync_UnterminatedQuote_ThrowsNamingTheOpeningLine()
    {
        using var folder = new TempFolder();
        var e = await Assert.ThrowsAsync<UserErrorException>(() => Csv.LoadAsync(folder, "a,b\n1,x\n2,\"open\n3,y\n"));
        Assert.Contains("line 3", e.Message, StringComparison.Ordinal);
        Assert.Contains("data.csv", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_EmptyFile_ThrowsUserError()
    {
        using var folder = new TempFolder();
        var e = await Assert.ThrowsAsync<UserErrorException>(() => Csv.LoadAsync(folder, ""));
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_MissingFile_ThrowsNamingThePath()
    {
        using var folder = new TempFolder();
        var path = folder.File("nowhere.csv");
        var e = await Assert.ThrowsAsync<UserErrorException>(() =>
            TableLoader.LoadAsync(new CsvSource(path), new LoadOptions(), null, TestContext.Current.CancellationToken));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_HeaderOnly_GivesZeroRows()
    {
        using var folder = new TempFolder();
        var loaded = await Csv.LoadAsync(folder, "name,age\n");
        Assert.Equal(0, loaded.Table.RowCount);
        Assert.Equal(["name", "age"], loaded.Table.Columns.Select(c => c.Name));
        Assert.Equal(0, loaded.Report.RowsRead);
        Assert.True(loaded.Report.HasHeader);
    }

    [Fact]
    public async Task LoadAsync_EmptyAndDuplicateNames_RepairsAndReportsThem()
    {
        using var folder = new TempFolder();
        var loaded = await Csv.LoadAsync(folder, "id,,score,score\n1,a,2,3\n2,b,4,5\n");
        Assert.Equal(["id", "column_2", "score", "score_2"], loaded.Table.Columns.Select(c => c.Name));
        Assert.Contains("column 2 had no name: named column_2", loaded.Report.Repairs);
        Assert.Contains(loaded.Report.Repairs, r => r.Contains("score_2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_CrlfWithoutFinalNewline_ReadsEveryRow()
    {
        using var folder = new TempFolder();
        var loaded = await Csv.LoadAsync(folder, "a,b\r\n1,x\r\n2,y");
        Assert.Equal(2, loaded.Table.RowCount);
        Assert.Equal("y", loaded.Table["b"].Format(1));
    }

    [Fact]
    public async Task LoadAsync_QuotedFieldsWithCommasAndNewlines_KeepsThemWhole()
    {
        using var folder = new TempFolder();
        var loaded = await Csv.LoadAsync(folder, "id,name\n1,\"Smith, John\"\n2,\"say \"\"hi\"\"\nthere\"\n");
        var name = (TextColumn)loaded.Table["name"];
        Assert.Equal("Smith, John", name[0]);
        Assert.Equal("say \"hi\"\nthere", name[1]);
    }

    [Fact]
    public async Task LoadAsync_OverrideNumberWithInvalidValue_CountsItAndNamesTheLine()
    {
        using var folder = new TempFolder();
        var options = new LoadOptions { KindOverrides = new Dictionary<string, ColumnKind> { ["x"] = ColumnKind.Number }.ToImmutableSortedDictionary() };
        var loaded = await Csv.LoadAsync(folder, "x,y\n1.5,a\noops,b\n?,c\n", options);
        var x = (NumericColumn)loaded.Table["x"];
        Assert.Equal(ColumnKind.Number, x.Kind);
        Assert.Equal(1.5, x[0]);
        Assert.True(double.IsNaN(x[1]));
        Assert.Equal(1, loaded.Report.InvalidValues["x"]);
        Assert.Contains(loaded.Report.Repairs, r => r.Contains("lines 3", StringComparison.Ordinal));
        Assert.Equal(1, x.MissingTokens["?"]);
    }

    [Fact]
    public async Task LoadAsync_OverrideOfUnknownColumn_ThrowsUserError()
    {
        using var folder = new TempFolder();
        var options = new LoadOptions { KindOverrides = new Dictionary<string, ColumnKind> { ["nope"] = ColumnKind.Number }.ToImmutableSortedDictionary() };
        await Assert.ThrowsAsync<UserErrorException>(() => Csv.LoadAsync(folder, "x\n1\n", options));
    }

    [Fact]
    public async Task LoadAsync_MaxRows_StopsReading()
    {
        using var folder = new TempFolder();
        var loaded = await Csv.LoadAsync(folder, "x\n1\n2\n3\n4\n", new LoadOptions { MaxRows = 2 });
        Assert.Equal(2, loaded.Report.RowsRead);
        Assert.Equal(2, loaded.Table.RowCount);
    }
}

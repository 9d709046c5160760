using System.Text;

using Carbet.Core;
using Carbet.Data.Reading;
using Carbet.Data.Tables;
using Carbet.Testing;

namespace Carbet.Data.Tests.Reading;

public sealed class CsvDialectTests
{
    [Theory]
    [InlineData(",", ',')]
    [InlineData(";", ';')]
    [InlineData("\t", '\t')]
    [InlineData("|", '|')]
    [InlineData("   ", ' ')]
    public async Task LoadAsync_Delimiter_IsSniffed(string separator, char expected)
    {
        using var folder = new TempFolder();
        var text = string.Join("\n", new[] { "name,age,city", "ann,31,Paris", "bob,42,Lyon", "cy,25,Nice" }.Select(l => l.Replace(",", separator, StringComparison.Ordinal)));
        var loaded = await Csv.LoadAsync(folder, text);
        Assert.Equal(expected, loaded.Report.Delimiter);
        Assert.Equal(["name", "age", "city"], loaded.Table.Columns.Select(c => c.Name));
        Assert.Equal(42, ((NumericColumn)loaded.Table["age"])[1]);
    }

    [Fact]
    public async Task LoadAsync_SemicolonWithDecimalComma_ReadsNumbers()
    {
        using var folder = new TempFolder();
        var loaded = await Csv.LoadAsync(folder, "x;y\n3,5;a\n-1,25;b\n2;c\n");
        Assert.True(loaded.Report.DecimalComma);
        var x = (NumericColumn)loaded.Table["x"];
        Assert.Equal(ColumnKind.Number, x.Kind);
        Assert.Equal([3.5, -1.25, 2.0], x.Values.ToArray());
    }

    [Fact]
    public async Task LoadAsync_Utf8WithBom_StripsTheBom()
    {
        using var folder = new TempFolder();
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("territoire,n\nGuyane française,1\n")).ToArray();
        var loaded = await Csv.LoadBytesAsync(folder, bytes);
        Assert.Equal("territoire", loaded.Table.Columns[0].Name);
        Assert.Equal("Guyane française", loaded.Table["territoire"].Format(0));
        Assert.Equal("utf-8", loaded.Report.Encoding);
    }

    [Fact]
    public async Task LoadAsync_Latin1File_DecodesAsLatin1()
    {
        using var folder = new TempFolder();
        var loaded = await Csv.LoadBytesAsync(folder, Encoding.Latin1.GetBytes("territoire,n\nGuyane française,1\nMartinique,2\n"));
        Assert.Equal("latin-1", loaded.Report.Encoding);
        Assert.Equal("Guyane française", loaded.Table["territoire"].Format(0));
    }

    [Fact]
    public async Task LoadAsync_Latin1LineInUtf8File_ReadsThatLineAsLatin1AndSaysSo()
    {
        using var folder = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes("t,n\nGuyane française,1\n").Concat(Encoding.Latin1.GetBytes("Guyane française,2\n")).ToArray();
        var loaded = await Csv.LoadBytesAsync(folder, bytes);
        Assert.Equal("utf-8", loaded.Report.Encoding);
        Assert.Equal(["Guyane française"], ((TextColumn)loaded.Table["t"]).Dictionary);
        Assert.Contains(loaded.Report.Repairs, r => r.Contains("line 3", StringComparison.Ordinal) && r.Contains("Latin-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_NumericFirstRow_IsHeaderlessWithGivenNames()
    {
        using var folder = new TempFolder();
        var loaded = await Csv.LoadAsync(folder, "39, Private, 1\n50, Self, 0\n38, Private, 1\n", new LoadOptions { ColumnNames = ["age", "work", "label"] });
        Assert.False(loaded.Report.HasHeader);
        Assert.Equal(3, loaded.Table.RowCount);
        Assert.Equal(["age", "work", "label"], loaded.Table.Columns.Select(c => c.Name));
        Assert.Equal("Private", loaded.Table["work"].Format(0));
    }

    [Fact]
    public async Task LoadAsync_HeaderlessWithoutNames_NamesColumnsByPosition()
    {
        using var folder = new TempFolder();
        var loaded = await Csv.LoadAsync(folder, "1,2\n3,4\n");
        Assert.Equal(["column_1", "column_2"], loaded.Table.Columns.Select(c => c.Name));
    }

    [Fact]
    public async Task LoadAsync_SingleQuotedArffStyle_UnquotesFields()
    {
        using var folder = new TempFolder();
        var loaded = await Csv.LoadAsync(folder, "status,amount,purpose\n'<0',1169,'radio, tv'\n'0<=X<200',5951,car\n");
        Assert.Equal("<0", loaded.Table["status"].Format(0));
        Assert.Equal("radio, tv", loaded.Table["purpose"].Format(0));
    }

    [Fact]
    public async Task LoadAsync_DatesAndMissingMarkers_AreTypedAndCounted()
    {
        using var folder = new TempFolder();
        var loaded = await Csv.LoadAsync(folder, "d,t,x\n2024-01-31,2024-01-31 10:00:00,NA\n,2024-02-01T08:30:00,2\n2024-03-01,?,3\n");
        var d = (DateTimeColumn)loaded.Table["d"];
        var t = (DateTimeColumn)loaded.Table["t"];
        Assert.False(d.HasTime);
        Assert.True(t.HasTime);
        Assert.Equal(new DateTime(2024, 1, 31, 0, 0, 0, DateTimeKind.Utc), d[0]);
        Assert.Null(d[1]);
        Assert.Equal(1, d.MissingTokens[""]);
        Assert.Equal(1, loaded.Table["x"].MissingTokens["NA"]);
        Assert.Equal(ColumnKind.Integer, loaded.Table["x"].Kind);
    }
}

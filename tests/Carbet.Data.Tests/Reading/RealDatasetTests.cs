using Carbet.Core;
using Carbet.Data.Reading;
using Carbet.Data.Tables;
using Carbet.Testing;

namespace Carbet.Data.Tests.Reading;

/// <summary>The public datasets in ../shared, each loaded with default options and no hand edits.</summary>
public sealed class RealDatasetTests
{
    private static Task<LoadedTable> LoadAsync(params string[] parts) =>
        TableLoader.LoadAsync(DataSource.FromPath(Repo.Shared(["datasets", .. parts])), new LoadOptions(), null, TestContext.Current.CancellationToken);

    [Fact]
    public async Task LoadAsync_AdultData_HeaderlessWithQuestionMarksMissing()
    {
        var loaded = await LoadAsync("adult", "adult.data");
        var table = loaded.Table;
        Assert.Equal((32_561, 15), (table.RowCount, table.Columns.Length));
        Assert.False(loaded.Report.HasHeader);
        Assert.Equal(0, loaded.Report.RowsRejected);
        Assert.Equal(1836, table["column_2"].MissingCount);
        Assert.Equal(1843, table["column_7"].MissingCount);
        Assert.Equal(583, table["column_14"].MissingCount);
        Assert.Equal(1836, table["column_2"].MissingTokens["?"]);
        Assert.Equal(39, ((NumericColumn)table["column_1"])[0]);
        Assert.Equal("State-gov", table["column_2"].Format(0));
        Assert.Equal(ColumnKind.Category, table["column_15"].Kind);
    }

    [Fact]
    public async Task LoadAsync_AdultTest_SkipsTheCommentLine()
    {
        var loaded = await LoadAsync("adult", "adult.test");
        Assert.Equal((16_281, 15), (loaded.Table.RowCount, loaded.Table.Columns.Length));
        Assert.Contains(loaded.Report.Repairs, r => r.StartsWith("line 1 ('|1x3 Cross validator')", StringComparison.Ordinal));
        Assert.Equal(2, loaded.Table.SourceLines[0]);
    }

    [Fact]
    public async Task LoadAsync_GermanData_SpaceDelimited()
    {
        var loaded = await LoadAsync("german-credit", "german.data");
        Assert.Equal((1000, 21), (loaded.Table.RowCount, loaded.Table.Columns.Length));
        Assert.Equal(' ', loaded.Report.Delimiter);
        Assert.Equal("A11", loaded.Table["column_1"].Format(0));
        Assert.Equal(1169, ((NumericColumn)loaded.Table["column_5"])[0]);
    }

    [Fact]
    public async Task LoadAsync_CreditGOpenml_UnquotesSingleQuotes()
    {
        var loaded = await LoadAsync("german-credit", "credit-g.openml.csv");
        Assert.Equal((1000, 21), (loaded.Table.RowCount, loaded.Table.Columns.Length));
        Assert.Equal("<0", loaded.Table["checking_status"].Format(0));
        Assert.Equal(0, loaded.Report.RowsRejected);
    }

    [Fact]
    public async Task LoadAsync_BankFull_SemicolonsAndQuotedHeader()
    {
        var loaded = await LoadAsync("bank-marketing", "bank-full.csv");
        Assert.Equal((45_211, 17), (loaded.Table.RowCount, loaded.Table.Columns.Length));
        Assert.Equal(';', loaded.Report.Delimiter);
        Assert.False(loaded.Report.DecimalComma);
        Assert.Equal(2143, ((NumericColumn)loaded.Table["balance"])[0]);
        Assert.Equal(ColumnKind.Boolean, loaded.Table["y"].Kind);
    }

    [Fact]
    public async Task LoadAsync_Compas_RepairsDuplicateNames()
    {
        var loaded = await LoadAsync("compas", "compas-scores-two-years.csv");
        Assert.Equal(7214, loaded.Table.RowCount);
        Assert.Contains(loaded.Report.Repairs, r => r.Contains("repeats the name", StringComparison.Ordinal));
        Assert.Equal(ColumnKind.DateTime, loaded.Table["compas_screening_date"].Kind);
        Assert.Equal(ColumnKind.Identifier, loaded.Table["id"].Kind);
    }

    [Fact]
    public async Task LoadAsync_CreditCardDefault_ReadsAllRows()
    {
        var loaded = await LoadAsync("credit-card-default", "default_of_credit_card_clients.csv");
        Assert.Equal((30_000, 25), (loaded.Table.RowCount, loaded.Table.Columns.Length));
        Assert.Equal(20000, ((NumericColumn)loaded.Table["LIMIT_BAL"])[0]);
        Assert.Equal(ColumnKind.Boolean, loaded.Table["default payment next month"].Kind);
    }

    [Fact]
    public async Task LoadAsync_TelcoChurn_BlankTotalChargesAreMissingNumbers()
    {
        var loaded = await LoadAsync("telco-churn", "WA_Fn-UseC_-Telco-Customer-Churn.csv");
        var total = loaded.Table["TotalCharges"];
        Assert.Equal(7043, loaded.Table.RowCount);
        Assert.Equal(ColumnKind.Number, total.Kind);
        Assert.Equal(11, total.MissingCount);
        Assert.Equal(11, total.MissingTokens[""]);
        Assert.Equal(ColumnKind.Identifier, loaded.Table["customerID"].Kind);
    }

    [Fact]
    public async Task LoadAsync_Titanic_QuotedNamesWithCommas()
    {
        var loaded = await LoadAsync("titanic", "train.csv");
        Assert.Equal((891, 12), (loaded.Table.RowCount, loaded.Table.Columns.Length));
        Assert.Equal("Braund, Mr. Owen Harris", loaded.Table["Name"].Format(0));
        Assert.Equal(177, loaded.Table["Age"].MissingCount);
        Assert.Equal(ColumnKind.Number, loaded.Table["Age"].Kind);
        Assert.Equal(0, loaded.Report.RowsRejected);
    }
}

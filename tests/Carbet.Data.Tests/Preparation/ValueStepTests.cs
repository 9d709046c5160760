using Carbet.Core;
using Carbet.Data.Preparation;
using Carbet.Data.Tables;

using static Carbet.Data.Tests.Preparation.TestTables;

namespace Carbet.Data.Tests.Preparation;

public sealed class ValueStepTests
{
    private static PreparationResult Run(DataTable table, params RecipeStep[] steps) =>
        RecipeRunner.Apply(table, new Recipe([.. steps]), TestContext.Current.CancellationToken);

    [Fact]
    public void FixUnits_IncomeTypedAnnually_DividedAboveThreshold()
    {
        var table = Table(Numbers("income", 2000, 24000, double.NaN, 1800));

        var result = Run(table, new FixUnits("income", Threshold: 10000, Factor: 12));

        Assert.Equal([2000, 2000, double.NaN, 1800], Values(result.Table, "income"));
        Assert.Equal(1, result.Steps[0].CellsChanged);
    }

    [Fact]
    public void FixUnits_IncomeTypedInThousands_MultipliedBelowThreshold()
    {
        var result = Run(Table(Numbers("income", 2.5, 2400)), new FixUnits("income", 100, 1000, UnitFix.MultiplyBelow));

        Assert.Equal([2500, 2400], Values(result.Table, "income"));
    }

    [Fact]
    public void FixUnits_TextColumn_UserError()
    {
        var error = Assert.Throws<UserErrorException>(() => Run(Table(Category("income", "x")), new FixUnits("income", 1, 12)));

        Assert.Contains("'income'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CastType_TextToNumber_UnreadableBecomesMissingAndNoted()
    {
        var table = Table(Category("amount", "12.5", "abc", null));

        var result = Run(table, new CastType("amount", ColumnKind.Number));

        var column = Assert.IsType<NumericColumn>(result.Table["amount"]);
        Assert.Equal([12.5, double.NaN, double.NaN], column.Values.ToArray());
        Assert.Contains(result.Steps[0].Notes, n => n.StartsWith("1 values", StringComparison.Ordinal));
    }

    [Fact]
    public void CastType_NumberToCategory_InvariantText()
    {
        var result = Run(Table(Numbers("code", 1.5, 2)), new CastType("code", ColumnKind.Category));

        Assert.Equal(ColumnKind.Category, result.Table["code"].Kind);
        Assert.Equal(["1.5", "2"], Texts(result.Table, "code"));
    }

    [Fact]
    public void CastType_TextToDate_ParsesIso()
    {
        var result = Run(Table(Category("d", "2024-03-01", "nope")), new CastType("d", ColumnKind.DateTime));

        Assert.Equal(["2024-03-01", null], Texts(result.Table, "d"));
    }
}

using Carbet.Core;
using Carbet.Data.Preparation;

using static Carbet.Data.Tests.Preparation.TestTables;

namespace Carbet.Data.Tests.Preparation;

public sealed class TextStepTests
{
    private static PreparationResult Run(Carbet.Data.Tables.DataTable table, params RecipeStep[] steps) =>
        RecipeRunner.Apply(table, new Recipe([.. steps]), TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("Monthly Income (€)", "monthly_income")]
    [InlineData("TotalCharges", "total_charges")]
    [InlineData("customerID", "customer_id")]
    [InlineData("XMLFile", "xml_file")]
    [InlineData("Âge du client", "age_du_client")]
    [InlineData("already_snake", "already_snake")]
    [InlineData("default 12m", "default_12m")]
    public void RenameToSnakeCase_RawNames_SnakeCase(string raw, string expected)
    {
        var result = Run(Table(Numbers(raw, 1)), new RenameToSnakeCase());

        Assert.Equal(expected, Assert.Single(result.Table.Columns).Name);
    }

    [Fact]
    public void RenameToSnakeCase_TwoNamesCollide_UserErrorNamingStep()
    {
        var table = Table(Numbers("Total Charges", 1), Numbers("TotalCharges", 2));

        var error = Assert.Throws<UserErrorException>(() => Run(table, new RenameToSnakeCase()));

        Assert.Contains("Step 1 (rename_to_snake_case)", error.Message, StringComparison.Ordinal);
        Assert.Contains("total_charges", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rename_Mapping_RenamesAndReportsColumns()
    {
        var result = Run(Table(Numbers("a", 1), Numbers("b", 2)), new Rename(new Dictionary<string, string> { ["a"] = "x" }));

        Assert.Equal(["x", "b"], result.Table.Columns.Select(c => c.Name));
        Assert.Equal(["a"], result.Steps[0].ColumnsRemoved);
        Assert.Equal(["x"], result.Steps[0].ColumnsAdded);
    }

    [Fact]
    public void TrimWhitespace_PaddedValues_TrimmedBlankBecomesMissing()
    {
        var result = Run(Table(Category("c", " a", "b ", "c", "   ", null)), new TrimWhitespace());

        Assert.Equal(["a", "b", "c", null, null], Texts(result.Table, "c"));
        Assert.Equal(3, result.Steps[0].CellsChanged);
    }

    [Fact]
    public void NormalizeCategories_TerritorySpellingsWithMapping_OneCanonicalValue()
    {
        var table = Table(Category("territory", "Guadeloupe", "guadeloupe ", "GPE", "Guyane française", "Martinique"));
        var mapping = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["territory"] = new Dictionary<string, string> { ["GPE"] = "Guadeloupe" },
        };

        var result = Run(table, new NormalizeCategories(Mapping: mapping));

        Assert.Equal(["guadeloupe", "guadeloupe", "guadeloupe", "guyane francaise", "martinique"], Texts(result.Table, "territory"));
        Assert.Equal(5, result.Steps[0].CellsChanged);
        Assert.Contains(result.Steps[0].Notes, n => n.Contains("5 spellings folded into 3", StringComparison.Ordinal));
    }

    [Fact]
    public void NormalizeCategories_OptionsOff_OnlyCollapsesSpaces()
    {
        var table = Table(Category("c", "Guyane   française "));

        var result = Run(table, new NormalizeCategories(["c"], LowerCase: false, StripAccents: false));

        Assert.Equal(["Guyane française"], Texts(result.Table, "c"));
    }

    [Fact]
    public void NormalizeCategories_UnknownColumn_UserErrorNamingStepAndColumn()
    {
        var error = Assert.Throws<UserErrorException>(() =>
            Run(Table(Category("c", "a")), new TrimWhitespace(), new NormalizeCategories(["territory"])));

        Assert.Contains("Step 2 (normalize_categories)", error.Message, StringComparison.Ordinal);
        Assert.Contains("'territory'", error.Message, StringComparison.Ordinal);
    }
}

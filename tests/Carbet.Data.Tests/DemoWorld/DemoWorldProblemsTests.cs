using System.Text.RegularExpressions;

using static Carbet.Data.Tests.DemoWorld.DemoWorldSample;

namespace Carbet.Data.Tests.DemoWorld;

/// <summary>The data problems table of docs/demo-world.md, on the default world.</summary>
public sealed partial class DemoWorldProblemsTests
{
    [Fact]
    public void Generate_DefaultOptions_DuplicateRowsBetween1And2Percent()
    {
        var rows = Rows().ToList();
        var duplicates = rows.Count - rows.Distinct().Count();
        Assert.InRange(duplicates / (double)rows.Count, 0.01, 0.02);
    }

    [Fact]
    public void Generate_DefaultOptions_RowsSharingAnIdAreExactCopies()
    {
        foreach (var month in Months)
        {
            var byId = month.Applications.GroupBy(a => a.ApplicationId).ToList();
            Assert.All(byId, g => Assert.Single(g.Distinct()));
            Assert.Equal(month.Outcomes.Select(o => o.ApplicationId), byId.Select(g => g.Key));
        }
    }

    [Fact]
    public void Generate_DefaultOptions_IdsAreAPlusEightDigitsAndUnique()
    {
        var ids = Applications().Select(a => a.ApplicationId).ToList();
        Assert.All(ids, id => Assert.Matches(IdPattern(), id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(Months.Sum(m => m.Outcomes.Length), ids.Count);
    }

    [Fact]
    public void Generate_DefaultOptions_EveryDocumentedSpellingPresentAndNoOther()
    {
        var seen = Rows().Select(a => a.Territory).ToHashSet();
        Assert.Equal(Spellings.Keys.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Generate_DefaultOptions_BlanksAndTokensAtDocumentedRates()
    {
        var rows = Rows().ToList();
        Assert.InRange(Share(rows, a => a.EmploymentYears is null), 0.04, 0.06);
        Assert.InRange(Share(rows, a => a.Housing is null), 0.015, 0.025);
        Assert.InRange(Share(rows, a => a.Housing == "N/A"), 0.004, 0.008);
        Assert.InRange(Share(rows, a => a.Housing == "?"), 0.002, 0.006);
        Assert.InRange(Share(rows, a => a.Commune is null), 0.01, 0.02);
    }

    [Fact]
    public void Generate_DefaultOptions_IncomeUnitTyposAtAboutHalfAPercent()
    {
        var rows = Rows().ToList();
        // thousands: every one is below 100 €; annual: above 15,000 € for the ~60 % whose income exceeds 1,250 €
        Assert.InRange(Share(rows, a => a.MonthlyIncome < 100), 0.0015, 0.0035);
        Assert.InRange(Share(rows, a => a.MonthlyIncome > 15_000), 0.0008, 0.0025);
    }

    [Fact]
    public void Generate_DefaultOptions_EmptyColumnBlankEverywhere()
    {
        Assert.All(Rows(), a => Assert.Null(a.FaxNumber));
    }

    [Fact]
    public void Generate_DefaultOptions_LeakageColumnAgreesWithTarget()
    {
        Assert.All(Rows(), a => Assert.Equal(a.Default12Months, a.CollectionStatus is "written_off" or "in_collection"));
        Assert.Equal(["current", "in_collection", "repaid", "written_off"], Rows().Select(a => a.CollectionStatus).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Generate_DefaultOptions_OutcomesMatchTheTarget()
    {
        foreach (var month in Months)
        {
            var target = month.Applications.DistinctBy(a => a.ApplicationId).ToDictionary(a => a.ApplicationId, a => a.Default12Months);
            Assert.All(month.Outcomes, o => Assert.Equal(target[o.ApplicationId], o.Default));
        }
    }

    [GeneratedRegex("^A[0-9]{8}$")]
    private static partial Regex IdPattern();
}

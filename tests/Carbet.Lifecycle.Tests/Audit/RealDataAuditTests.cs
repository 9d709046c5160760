using Carbet.Testing;

namespace Carbet.Lifecycle.Tests.Audit;

/// <summary>carbet audit on public datasets read in place from ../shared reproduces their well-known disparities.</summary>
/// <remarks>Adult and German credit have no header, so their columns are column_1 to column_n in the order of their
/// READMEs; the figures behind each margin are in docs/governance.md, "On real data".</remarks>
public sealed class RealDataAuditTests(ITestOutputHelper output)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // adult.data: 6 marital status, 8 relationship, 9 race, 10 sex, 15 income (positive: >50K)
    [Fact]
    public async Task Audit_Adult_WomenSelectedFarLessAndRelationshipAndMaritalStatusStandInForSex()
    {
        var audit = await RealDataAuditRun.RunAsync(Repo.Shared("datasets", "adult", "adult.data"), "column_15",
            data => data with { Sensitive = ["column_10", "column_9"] }, output, Ct);
        var (sex, race) = (audit.Audited("column_10"), audit.Audited("column_9"));
        var sexProxies = audit.Proxies.Single(p => p.Attribute == "column_10").Report!.Features;

        Assert.All(audit.Attributes, a => Assert.NotNull(a.Column));
        Assert.True(sex.Disparity("demographic_parity_ratio") < 0.5, "women are selected well under half as often as men");
        Assert.True(sex.Disparities.Single(d => d.Metric == "demographic_parity_ratio").Interval!.Value.High < 0.5);
        Assert.True(sex.FourFifthsFlag);
        Assert.True(sex.Group("female").SelectionRateInterval!.Value.High < sex.Group("male").SelectionRateInterval!.Value.Low);
        Assert.True(race.Group("black").SelectionRateInterval!.Value.High < race.Group("white").SelectionRateInterval!.Value.Low);
        Assert.Equal("column_8", sexProxies[0].Feature);
        Assert.True(audit.Proxy("column_10", "column_8") is { Strong: true, Auc: > 0.8, CramersV: > 0.5 }, "relationship (husband, wife) stands in for sex");
        Assert.True(audit.Proxy("column_10", "column_6") is { Strong: true, Auc: > 0.7, CramersV: > 0.4 }, "marital status stands in for sex");
    }

    // The product's own model of two_year_recid, not the COMPAS score (audited in Carbet.Evaluation.Tests' CompasAuditTests).
    // Excluded: the COMPAS scores (decile_score twice, score_text, v_*); what is known only after screening (is_recid,
    // violent recidivism, the r_*/vr_* charges and dates, custody and jail dates, start/end/event, which define the target);
    // names, case numbers and dates that only identify a person or a day; the repeated priors_count; and age_cat, the
    // sensitive age in bands. id stays: init made it data.id, never a feature.
    private static readonly string[] CompasLeakageAndIdentifiers =
    [
        "name", "first", "last", "dob", "age_cat", "compas_screening_date", "screening_date", "v_screening_date",
        "decile_score", "decile_score_2", "score_text", "v_decile_score", "v_score_text", "type_of_assessment", "v_type_of_assessment",
        "is_recid", "violent_recid", "is_violent_recid", "r_case_number", "r_charge_degree", "r_days_from_arrest", "r_offense_date",
        "r_charge_desc", "r_jail_in", "r_jail_out", "vr_case_number", "vr_charge_degree", "vr_offense_date", "vr_charge_desc",
        "c_case_number", "c_jail_in", "c_jail_out", "c_offense_date", "c_arrest_date", "in_custody", "out_custody",
        "priors_count_2", "start", "end", "event",
    ];

    // init makes compas_screening_date data.time, so the test rows would be the last 15 % of screenings (from March 2014):
    // 95 % of them reoffended against 36 % before, because the two-year file dropped late defendants who had not yet
    // reoffended. Without data.time the split is random and the test rows look like the rest.
    [Fact]
    public async Task Audit_Compas_AfricanAmericanDefendantsFlaggedMoreThanCaucasiansIncludingNonReoffenders()
    {
        var audit = await RealDataAuditRun.RunAsync(Repo.Shared("datasets", "compas", "compas-scores-two-years.csv"), "two_year_recid",
            data => data with { Time = null, Sensitive = ["race", "sex", "age"], Exclude = [.. CompasLeakageAndIdentifiers] }, output, Ct);
        var race = audit.Audited("race");
        var (black, white) = (race.Group("african-american"), race.Group("caucasian"));

        Assert.All(audit.Attributes, a => Assert.NotNull(a.Column));
        Assert.Equal("age bands (<25, 25-34, 35-44, 45-54, 55-64, 65+)", audit.Attributes.Single(a => a.Name == "age").Grouping);
        // The direction ProPublica found, but a gap of about one point where the COMPAS score's was twenty: this model never
        // reads race or age, and what separates the groups is their base rate, seen in selection and TPR.
        Assert.True(black.FalsePositiveRate > white.FalsePositiveRate, "defendants who did not reoffend");
        Assert.True(black.BaseRate > white.BaseRate + 0.05);
        Assert.True(black.SelectionRateInterval!.Value.Low > white.SelectionRateInterval!.Value.High);
        Assert.True(black.TruePositiveRate > white.TruePositiveRate + 0.1);
        Assert.True(race.FourFifthsFlag);
        Assert.True(audit.Audited("age").Group("25-34").SelectionRateInterval!.Value.Low > audit.Audited("age").Group("55-64").SelectionRateInterval!.Value.High);
    }

    // german.data: 9 personal status and sex (A91 male divorced, A92 female, A93 male single, A94 male married: sex cannot be
    // split from marital status without a derived column, which preparation cannot add), 13 age, 20 foreign worker (A201
    // yes, A202 no), 21 class (positive: 2, bad credit, so a selection is a refusal). Age is cut in quartiles, not age bands,
    // since the column's name does not say age.
    [Fact]
    public async Task Audit_GermanCredit_YoungestApplicantsFlaggedMoreAndForeignWorkerGroupTooSmall()
    {
        var audit = await RealDataAuditRun.RunAsync(Repo.Shared("datasets", "german-credit", "german.data"), "column_21",
            data => data with { Sensitive = ["column_9", "column_13", "column_20"] }, output, Ct);
        var age = audit.Audited("column_13");
        var (youngest, oldest) = (age.Groups.MinBy(g => Lower(g.Group))!, age.Groups.MaxBy(g => Lower(g.Group))!);
        var (foreign, local) = (audit.Audited("column_20").Group("a201"), audit.Audited("column_20").Group("a202"));

        Assert.All(audit.Attributes, a => Assert.NotNull(a.Column));
        Assert.Equal(["a91", "a92", "a93", "a94"], audit.Audited("column_9").Groups.Select(g => g.Group));
        Assert.Equal(age.Groups.Max(g => g.SelectionRate), youngest.SelectionRate);
        Assert.True(youngest.SelectionRate > oldest.SelectionRate + 0.1, "the youngest quarter is refused more often");
        Assert.True(youngest.FalsePositiveRate > oldest.FalsePositiveRate, "including those who repaid");
        Assert.True(local.TooSmall && !foreign.TooSmall, "non-foreign workers are a handful of the test rows");
        Assert.True(local.SelectionRateInterval!.Value.High - local.SelectionRateInterval!.Value.Low > 0.5);
    }

    private static double Lower(string quartile) =>
        double.Parse(quartile[1..quartile.IndexOf(',', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
}

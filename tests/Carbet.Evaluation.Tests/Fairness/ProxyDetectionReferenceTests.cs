using Carbet.Evaluation.Fairness;

namespace Carbet.Evaluation.Tests.Fairness;

/// <summary>ProxyFixture's scores against scipy's association and scikit-learn's mutual information and roc_auc_score.</summary>
public sealed class ProxyDetectionReferenceTests
{
    // /usr/bin/python3 tests/Carbet.Evaluation.Tests/Fairness/proxy_reference.py (scikit-learn 1.2.1, scipy 1.10.1) printed:
    // [InlineData("sex", "occupation", 0.3987283608892172, 0.08300450268941581, 0.07150799879863687, 0.6906129623711079)]  // rows 980
    // [InlineData("sex", "income", 0.2922410767570355, 0.04656217442399144, 0.030542873365199452, 0.5869505794883008)]  // rows 980
    // [InlineData("sex", "hours", 0.009694147141857354, 4.6946862763408426e-05, 6.0956874053360766e-05, 0.4360628437820653)]  // rows 980
    // [InlineData("sex", "noise", 0.002703712791962919, 3.65477784164403e-06, 3.523345376483519e-06, 0.42177118202156466)]  // rows 980
    // [InlineData("region", "occupation", 0.03907180815898644, 0.0015112824509866951, 0.0011049851098850743, 0.45477783471058897)]  // rows 1000
    // [InlineData("region", "income", 0.13953537550872241, 0.019552926497950547, 0.01130479739125046, 0.4883305755732551)]  // rows 1000
    // [InlineData("region", "hours", 0.007068445484160864, 5.021973964447479e-05, 5.1330447363167315e-05, 0.4309766144108211)]  // rows 1000
    // [InlineData("region", "noise", 0.02178192601039034, 0.0004745168744932915, 0.0003819339212692503, 0.4391581668427051)]  // rows 1000
    [Theory]
    [InlineData("sex", "occupation", 0.3987283608892172, 0.08300450268941581, 0.07150799879863687, 0.6906129623711079)]
    [InlineData("sex", "income", 0.2922410767570355, 0.04656217442399144, 0.030542873365199452, 0.5869505794883008)]
    [InlineData("sex", "hours", 0.009694147141857354, 4.6946862763408426e-05, 6.0956874053360766e-05, 0.4360628437820653)]
    [InlineData("sex", "noise", 0.002703712791962919, 3.65477784164403e-06, 3.523345376483519e-06, 0.42177118202156466)]
    [InlineData("region", "occupation", 0.03907180815898644, 0.0015112824509866951, 0.0011049851098850743, 0.45477783471058897)]
    [InlineData("region", "income", 0.13953537550872241, 0.019552926497950547, 0.01130479739125046, 0.4883305755732551)]
    [InlineData("region", "hours", 0.007068445484160864, 5.021973964447479e-05, 5.1330447363167315e-05, 0.4309766144108211)]
    [InlineData("region", "noise", 0.02178192601039034, 0.0004745168744932915, 0.0003819339212692503, 0.4391581668427051)]
    public void Rank_Fixture_MatchesScipyAndScikitLearn(string attribute, string feature, double v, double mi, double nmi, double auc)
    {
        var report = ProxyDetection.Rank(attribute, attribute == "sex" ? ProxyFixture.Sex : ProxyFixture.Region, ProxyFixture.Features, new ProxyOptions());
        var score = Assert.Single(report.Features, s => s.Feature == feature);
        Assert.Equal(attribute == "sex" ? 980 : 1000, report.Rows);
        Close(v, score.CramersV, "Cramér's V");
        Close(mi, score.MutualInformation, "mutual information");
        Close(nmi, score.NormalizedMutualInformation, "normalized mutual information");
        Close(auc, score.Auc, "out-of-fold AUC");
    }

    private static void Close(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9, $"{what}: expected {expected:R}, got {actual:R}");
}

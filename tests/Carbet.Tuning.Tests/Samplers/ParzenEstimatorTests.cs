using Carbet.Tuning.Samplers;
using Carbet.Tuning.Spaces;

namespace Carbet.Tuning.Tests.Samplers;

// Expected log densities from Optuna 3.1's _ParzenEstimator (consider_prior, prior_weight 1.0, magic clip,
// no endpoints, default_weights, univariate) on the same observations.
public sealed class ParzenEstimatorTests
{
    [Theory]
    [InlineData(-4.9, -1.2538469723196513)]
    [InlineData(0.0, -0.8097738348713664)]
    [InlineData(1.5, -0.7667171543303719)]
    [InlineData(9.5, -1.3504884170033407)]
    public void LogDensity_Float_MatchesOptuna(double x, double expected) =>
        Assert.Equal(expected, new ParzenEstimator([1.0, -3.5, 2.2, 7.9, 0.3], Distribution.Float(-5, 10)).LogDensity(x), 9);

    [Theory]
    [InlineData(0.002, -3.3863976857164295)]
    [InlineData(0.1, -2.770030323043187)]
    [InlineData(0.7, -1.616975056942127)]
    public void LogDensity_LogFloatWithRampedWeights_MatchesOptuna(double x, double expected)
    {
        var observations = Enumerable.Range(0, 30).Select(i => 0.01 + (i * (0.9 - 0.01) / 29)).ToList();
        Assert.Equal(expected, new ParzenEstimator(observations, Distribution.LogFloat(1e-3, 1)).LogDensity(x), 9);
    }

    [Theory]
    [InlineData(-10, -4.311779911375759)]
    [InlineData(3, -2.6875178192788476)]
    [InlineData(4, -2.721376143696409)]
    public void LogDensity_Int_MatchesOptuna(double n, double expected) =>
        Assert.Equal(expected, new ParzenEstimator([3, 3, -2, 10], Distribution.Int(-10, 10)).LogDensity(n), 9);

    [Theory]
    [InlineData(0, -1.856297990365626)]
    [InlineData(1, -0.9007865453381898)]
    [InlineData(3, -1.2685113254635072)]
    public void LogDensity_Categorical_MatchesOptuna(double choice, double expected) =>
        Assert.Equal(expected, new ParzenEstimator([1, 1, 3], Distribution.Categorical("a", "b", "c", "d")).LogDensity(choice), 9);
}

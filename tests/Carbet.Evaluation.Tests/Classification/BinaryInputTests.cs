using Carbet.Core;
using Carbet.Evaluation.Classification;

namespace Carbet.Evaluation.Tests.Classification;

/// <summary>Inputs a user can get wrong end in a <see cref="UserErrorException"/> naming the problem and the fix.</summary>
public sealed class BinaryInputTests
{
    public static TheoryData<double[], int[], string> BadInputs => new()
    {
        { [], [], "no rows" },
        { [0.1, 0.2], [1], "2 scores but 1 labels" },
        { [0.1, 0.2, 0.3], [1, 1, 1], "All 3 rows have label 1" },
        { [0.1, double.NaN], [0, 1], "Row 1 has score NaN" },
        { [0.1, double.PositiveInfinity], [0, 1], "not a finite number" },
        { [0.1, 0.2], [0, 2], "Row 1 has label 2" },
        { [0.1, 1.5], [0, 1], "outside [0, 1]" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Compute_BadInput_ThrowsUserError(double[] scores, int[] labels, string problem)
    {
        var error = Assert.Throws<UserErrorException>(() => BinaryMetrics.Compute(scores, labels, new BinaryMetricsOptions()));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(error.Fix);
    }

    [Fact]
    public void Compute_ZeroCalibrationBins_ThrowsUserError()
    {
        var options = new BinaryMetricsOptions { CalibrationBins = 0 };
        Assert.Throws<UserErrorException>(() => BinaryMetrics.Compute([0.1, 0.9], [0, 1], options));
    }

    [Fact]
    public void PairedTest_OnePositive_ThrowsUserError()
    {
        var error = Assert.Throws<UserErrorException>(() => DeLong.PairedTest([0.1, 0.2, 0.9], [0.3, 0.1, 0.8], [0, 0, 1]));
        Assert.Contains("at least two of each", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PairedTest_LabelsShorterThanScores_ThrowsUserError()
    {
        Assert.Throws<UserErrorException>(() => DeLong.PairedTest([0.1, 0.2, 0.9], [0.3, 0.1], [0, 0, 1]));
    }
}

using Carbet.Core;
using Carbet.Evaluation.Fairness;

namespace Carbet.Evaluation.Tests.Fairness;

/// <summary>Reweighing from first principles: independence of group and label after weighting, the total weight, and a hand example.</summary>
public sealed class ReweighingTests
{
    [Fact]
    public void Weights_HandExample_ExpectedOverObserved()
    {
        // n = 8, 3 positives. a: 3 rows (2 positive); b: 5 rows (1 positive).
        // w(a,1) = 3·3/(8·2) = 9/16, w(a,0) = 3·5/(8·1) = 15/8, w(b,1) = 5·3/(8·1) = 15/8, w(b,0) = 5·5/(8·4) = 25/32
        string?[] groups = ["a", "a", "a", "b", "b", "b", "b", "b"];
        int[] labels = [1, 1, 0, 1, 0, 0, 0, 0];
        var weights = Reweighing.Weights(groups, labels);
        Assert.Equal([9.0 / 16, 9.0 / 16, 15.0 / 8, 15.0 / 8, 25.0 / 32, 25.0 / 32, 25.0 / 32, 25.0 / 32], weights);

        var table = Reweighing.Table(groups, labels);
        Assert.Equal(4, table.Length);
        Assert.Equal(new ReweighingCell("a", 0, 1, 3.0 / 8 * (5.0 / 8), 1.0 / 8, 15.0 / 8), table[0]);
        Assert.Equal(new ReweighingCell("a", 1, 2, 3.0 / 8 * (3.0 / 8), 2.0 / 8, 9.0 / 16), table[1]);
        Assert.Equal(new ReweighingCell("b", 0, 4, 5.0 / 8 * (5.0 / 8), 4.0 / 8, 25.0 / 32), table[2]);
        Assert.Equal(new ReweighingCell("b", 1, 1, 5.0 / 8 * (3.0 / 8), 1.0 / 8, 15.0 / 8), table[3]);
    }

    [Fact]
    public void Weights_GroupsWithBothLabels_WeightedPositiveRateIsOverallAndTotalIsRowCount()
    {
        var (groups, labels) = Unbalanced(997);
        var weights = Reweighing.Weights(groups, labels);
        var overall = labels.Average();
        Assert.Equal(labels.Length, weights.Sum(), 9);
        foreach (var group in groups.Distinct())
        {
            var rows = Enumerable.Range(0, labels.Length).Where(i => groups[i] == group).ToArray();
            var weightedPositiveRate = rows.Sum(i => weights[i] * labels[i]) / rows.Sum(i => weights[i]);
            Assert.Equal(overall, weightedPositiveRate, 12);
        }
    }

    [Fact]
    public void Table_GroupWithOneLabel_CellWithoutRowsAbsent()
    {
        var table = Reweighing.Table(["a", "a", "b", "b", "c"], [0, 1, 0, 1, 1]);
        Assert.Equal([("a", 0), ("a", 1), ("b", 0), ("b", 1), ("c", 1)], table.Select(c => (c.Group, c.Label)));
    }

    [Fact]
    public void Table_MissingValues_FormTheMissingGroup()
    {
        var table = Reweighing.Table([null, "a", null, "a"], [0, 1, 1, 0]);
        Assert.Equal(["(missing)", "(missing)", "a", "a"], table.Select(c => c.Group));
        Assert.All(table, c => Assert.Equal(1.0, c.Weight));
    }

    [Fact]
    public void Weights_LengthsDiffer_UserError()
    {
        var e = Assert.Throws<UserErrorException>(() => Reweighing.Weights(["a", "b"], [0, 1, 1]));
        Assert.Equal("There are 2 group values but 3 labels.", e.Message);
        Assert.Equal("Pass one value of the sensitive attribute and one label per training row, in the same order.", e.Fix);
    }

    [Fact]
    public void Weights_LabelNotBinary_UserError()
    {
        var e = Assert.Throws<UserErrorException>(() => Reweighing.Weights(["a", "b"], [0, 2]));
        Assert.Equal("Row 1 has label 2, but a binary label must be 0 or 1.", e.Message);
        Assert.Equal("Encode the positive class as 1 and the negative class as 0.", e.Fix);
    }

    [Fact]
    public void Table_NoRows_UserError()
    {
        var e = Assert.Throws<UserErrorException>(() => Reweighing.Table([], []));
        Assert.Equal("There are no rows to reweigh.", e.Message);
        Assert.Equal("Reweigh the rows of a non-empty training set.", e.Fix);
    }

    /// <summary>Four groups, the missing one included, of different sizes and positive rates.</summary>
    private static (string?[] Groups, int[] Labels) Unbalanced(int rows)
    {
        var (groups, labels) = (new string?[rows], new int[rows]);
        string?[] names = ["north", "south", "west", null];
        double[] positiveRates = [0.7, 0.2, 0.45, 0.5];
        for (var i = 0; i < rows; i++)
        {
            var g = i % 7 < 3 ? 0 : i % 7 < 5 ? 1 : i % 7 < 6 ? 2 : 3;
            groups[i] = names[g];
            labels[i] = (i * 0.6180339887498949) % 1 < positiveRates[g] ? 1 : 0;
        }
        return (groups, labels);
    }
}

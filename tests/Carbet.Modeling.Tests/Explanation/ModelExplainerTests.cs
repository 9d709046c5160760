using Carbet.Core;
using Carbet.Modeling.Explanation;
using Carbet.Testing;

using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Carbet.Modeling.Tests.Explanation;

public sealed class ModelExplainerTests : IDisposable
{
    private static readonly Dictionary<string, string?> Row = new() { ["x"] = "0.5", ["noise"] = "0.25", ["color"] = "red" };
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Explain_Logistic_ContributionIsWeightTimesNormalisedValue()
    {
        var data = ExplanationData.Train(_folder.Path, "logistic");
        var explainer = ModelExplainer.Load(data.Fit.Model.ModelFile, seed: 1);

        var explanation = explainer.Explain(Row);

        var ml = new MLContext(1);
        var model = ml.Model.Load(new MemoryStream(data.Fit.Model.ModelFile), out _);
        var linear = ((TransformerChain<ITransformer>)model).OfType<ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>>().Single().Model.SubModel;
        var row = ml.Data.LoadFromEnumerable([new InputRow { X = 0.5f, Noise = 0.25f, Color = "red" }]);
        var scored = model.Transform(row);
        var features = ml.Data.CreateEnumerable<FeaturesRow>(scored, reuseRowObject: false).Single().Features;
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        scored.Schema["Features"].GetSlotNames(ref names);
        var slot = names.DenseValues().Select(n => n.ToString()).ToList().IndexOf("x");
        var x = explanation.Contributions.Single(c => c.Column == "x").Contribution;
        Assert.Equal(linear.Weights[slot] * features[slot], x, 4);
        Assert.Equal(explanation.Score, explanation.Contributions.Sum(c => c.Contribution) + linear.Bias, 3);
        Assert.Equal(["x", "noise", "color"], explainer.InputColumns);
        Assert.Equal("x", explanation.Contributions[0].Column);
        Assert.InRange(explanation.Probability, 0.5, 1);
    }

    [Theory]
    [InlineData("lightgbm")]
    [InlineData("fasttree")]
    [InlineData("forest")]
    [InlineData("sdca")]
    public void Explain_TreeAndLinearFamilies_GiveOneContributionPerInputColumn_XPushesUp(string family)
    {
        var explainer = ModelExplainer.Load(ExplanationData.Train(_folder.Path, family).Fit.Model.ModelFile, seed: 1);
        var explanation = explainer.Explain(Row);
        Assert.True(explainer.SupportsContributions);
        Assert.Equal(["color", "noise", "x"], explanation.Contributions.Select(c => c.Column).Order(StringComparer.Ordinal));
        // a single row's tree contributions can credit noise the trees split on; only the sign of x is certain
        Assert.True(explanation.Contributions.Single(c => c.Column == "x").Contribution > 0);
    }

    [Theory]
    [InlineData("logistic")]
    [InlineData("lightgbm")]
    [InlineData("fasttree")]
    public void Probability_RowsInTurn_EqualsExplainsProbabilityForEach(string family)
    {
        var explainer = ModelExplainer.Load(ExplanationData.Train(_folder.Path, family, rows: 400).Fit.Model.ModelFile, seed: 1);
        Dictionary<string, string?>[] rows =
        [
            Row,
            new() { ["x"] = "-2.5", ["noise"] = "0.1", ["color"] = "blue" },
            new() { ["x"] = "", ["noise"] = "3", ["color"] = "never-seen" },
            Row,
        ];

        // the mapper is reused between rows: each must get its own score, not the previous row's
        var fast = rows.Select(explainer.Probability).ToList();

        Assert.Equal(rows.Select(r => explainer.Explain(r).Probability), fast);
        Assert.NotEqual(fast[0], fast[1]);
    }

    [Fact]
    public void Explain_Baseline_ScoresWithoutContributions()
    {
        var explainer = ModelExplainer.Load(ExplanationData.Train(_folder.Path, "baseline", rows: 400).Fit.Model.ModelFile, seed: 1);
        Assert.False(explainer.SupportsContributions);
        Assert.Empty(explainer.Explain(Row).Contributions);
    }

    [Fact]
    public void Explain_UnknownColumnOrBadNumber_IsAUserError()
    {
        var explainer = ModelExplainer.Load(ExplanationData.Train(_folder.Path, "logistic", rows: 400).Fit.Model.ModelFile, seed: 1);
        Assert.Throws<UserErrorException>(() => explainer.Explain(new Dictionary<string, string?> { ["age"] = "3" }));
        var error = Assert.Throws<UserErrorException>(() => explainer.Explain(new Dictionary<string, string?> { ["x"] = "1,5" }));
        Assert.Contains("x", error.Message, StringComparison.Ordinal);
    }

    private sealed class InputRow
    {
        public bool Target { get; set; }

        [ColumnName("x")]
        public float X { get; set; }

        [ColumnName("noise")]
        public float Noise { get; set; }

        [ColumnName("color")]
        public string Color { get; set; } = "";
    }

    private sealed class FeaturesRow
    {
        [VectorType]
        public float[] Features { get; set; } = [];
    }
}

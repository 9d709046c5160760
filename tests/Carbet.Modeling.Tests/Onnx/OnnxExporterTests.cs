using System.Globalization;

using Carbet.Modeling.Onnx;
using Carbet.Modeling.Tests.Explanation;
using Carbet.Testing;

namespace Carbet.Modeling.Tests.Onnx;

public sealed class OnnxExporterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("logistic")]
    [InlineData("lightgbm")]
    [InlineData("fasttree")]
    [InlineData("forest")]
    [InlineData("sdca")]
    public void Export_Learner_MatchesMlNetOnHeldOutRows(string family)
    {
        var data = ExplanationData.Train(_folder.Path, family, rows: 800);

        var export = OnnxExporter.Export(data.Fit.Model.ModelFile, data.Request, data.HeldOutCsv, seed: 1);

        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{family}: {export.Status}, max diff {export.MaxAbsDifference:G3}"));
        Assert.Equal("exported", export.Status);
        Assert.True(export.Exported);
        Assert.InRange(export.MaxAbsDifference!.Value, 0, OnnxExporter.Tolerance);
        Assert.Equal(200, export.Rows);
    }

    [Fact]
    public void Export_Baseline_SaysUnsupportedAndWhy()
    {
        var data = ExplanationData.Train(_folder.Path, "baseline", rows: 400);

        var export = OnnxExporter.Export(data.Fit.Model.ModelFile, data.Request, data.HeldOutCsv, seed: 1);

        Assert.False(export.Exported);
        Assert.Null(export.Model);
        Assert.StartsWith("unsupported: ", export.Status, StringComparison.Ordinal);
    }
}

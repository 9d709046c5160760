using Carbet.Cli.Commands;
using Carbet.Core;
using Carbet.Tracking.Runs;

namespace Carbet.Cli.Tests.Commands;

public sealed class RunQueryParserTests
{
    [Theory]
    [InlineData("metric.test_auc>=0.8", RunFilterTarget.Metric, "test_auc", FilterOperator.GreaterOrEqual, "0.8")]
    [InlineData("metric.loss < 1e-3", RunFilterTarget.Metric, "loss", FilterOperator.Less, "1e-3")]
    [InlineData("param.family=lightgbm", RunFilterTarget.Param, "family", FilterOperator.Equal, "lightgbm")]
    [InlineData("param.family==lightgbm", RunFilterTarget.Param, "family", FilterOperator.Equal, "lightgbm")]
    [InlineData("param.seed!=3", RunFilterTarget.Param, "seed", FilterOperator.NotEqual, "3")]
    [InlineData("metric.auc>0.5", RunFilterTarget.Metric, "auc", FilterOperator.Greater, "0.5")]
    [InlineData("metric.auc<=0.5", RunFilterTarget.Metric, "auc", FilterOperator.LessOrEqual, "0.5")]
    public void ParseFilter_WellFormed_ReadsEachPart(string text, RunFilterTarget target, string key, FilterOperator op, string value) =>
        Assert.Equal(new RunFilter(target, key, op, value), RunQueryParser.ParseFilter(text));

    [Theory]
    [InlineData("auc>0.5", "metric.auc")]
    [InlineData("metric.auc", "operator")]
    [InlineData("metric.auc>=high", "number")]
    [InlineData("metric.auc>=", "operator")]
    public void ParseFilter_Malformed_SaysHowToWriteIt(string text, string hint)
    {
        var error = Assert.Throws<UserErrorException>(() => RunQueryParser.ParseFilter(text));
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
        Assert.Contains(hint, error.Message + error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("start_time desc", RunOrderField.StartedAt, true, null)]
    [InlineData("name", RunOrderField.Name, false, null)]
    [InlineData("metric.test_auc DESC", RunOrderField.Metric, true, "test_auc")]
    [InlineData("metric.test_auc asc", RunOrderField.Metric, false, "test_auc")]
    public void ParseOrder_WellFormed_ReadsFieldAndDirection(string text, RunOrderField field, bool descending, string? key) =>
        Assert.Equal(new RunOrder(field, descending, key), RunQueryParser.ParseOrder(text));

    [Theory]
    [InlineData("duration")]
    [InlineData("name sideways")]
    [InlineData("metric.")]
    public void ParseOrder_Unknown_IsAUserError(string text) =>
        Assert.Throws<UserErrorException>(() => RunQueryParser.ParseOrder(text));
}

using System.Net;
using System.Text;

using Carbet.Serving.Tests;
using Carbet.Serving.Validation;

namespace Carbet.Server.Tests;

public sealed class PredictEndpointTests(TrainedStore trained)
{
    [Fact]
    public async Task Predict_OneRow_ReturnsScoreLabelBandIdAndVersion()
    {
        await using var server = await RunningServer.StartAsync(trained);

        using var response = await server.PredictAsync(new { row = trained.Rows[0] });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await RunningServer.JsonAsync(response);
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        var p = Assert.Single(body.GetProperty("predictions").EnumerateArray());
        var score = p.GetProperty("score").GetDouble();
        Assert.Equal((await trained.ScoresAsync(trained.V1, [trained.Rows[0]]))[0], score, 12);
        Assert.Equal(score >= trained.V1.Metrics["decision_threshold"], p.GetProperty("label").GetBoolean());
        Assert.Equal(score is >= 0.2 and <= 0.5 ? "review" : "auto", p.GetProperty("band").GetString());
        Assert.NotEqual(Guid.Empty, p.GetProperty("predictionId").GetGuid());
        Assert.False(p.TryGetProperty("contributions", out _));
    }

    [Fact]
    public async Task Predict_Batch_ScoresEachRowAsTheModelDoesWithLabelsAtTheThreshold()
    {
        await using var server = await RunningServer.StartAsync(trained);

        using var response = await server.PredictAsync(new { rows = trained.Rows, alias = "champion", contributions = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var predictions = (await RunningServer.JsonAsync(response)).GetProperty("predictions").EnumerateArray().ToList();
        var expected = await trained.ScoresAsync(trained.V1, trained.Rows);
        Assert.Equal(expected.Length, predictions.Count);
        var threshold = trained.V1.Metrics["decision_threshold"];
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], predictions[i].GetProperty("score").GetDouble(), 12);
            Assert.Equal(expected[i] >= threshold, predictions[i].GetProperty("label").GetBoolean());
            Assert.NotEmpty(predictions[i].GetProperty("contributions").EnumerateArray());
        }
        Assert.Contains(predictions, p => p.GetProperty("label").GetBoolean() != predictions[0].GetProperty("label").GetBoolean()
            || p.GetProperty("band").GetString() != predictions[0].GetProperty("band").GetString());
    }

    [Fact]
    public async Task Predict_ByVersion_ScoresWithThatVersion()
    {
        await using var server = await RunningServer.StartAsync(trained);

        using var response = await server.PredictAsync(new { rows = trained.Rows.Take(3), version = 2 });

        var body = await RunningServer.JsonAsync(response);
        Assert.Equal(2, body.GetProperty("version").GetInt32());
        Assert.Equal(await trained.ScoresAsync(trained.V2, trained.Rows.Take(3)),
            body.GetProperty("predictions").EnumerateArray().Select(p => p.GetProperty("score").GetDouble()));
    }

    [Theory]
    [InlineData("loan_amount", null, "is missing")]
    [InlineData("loan_amount", "\"8000\"", "should be a number")]
    [InlineData("territory", "\"atlantis\"", "not a category the model knows")]
    [InlineData("monthly_income", "1e9", "outside the training domain")]
    public async Task Predict_BadField_Returns400ProblemNamingTheRowAndField(string field, string? json, string message)
    {
        await using var server = await RunningServer.StartAsync(trained);

        using var response = await server.PredictAsync(new { rows = new[] { trained.Rows[0], trained.With(1, field, json) } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await RunningServer.JsonAsync(response)).GetProperty("errors");
        var only = Assert.Single(errors.EnumerateObject());
        Assert.Equal($"rows[1].{field}", only.Name);
        Assert.Contains(message, only.Value[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Predict_OutOfDomainWithReviewPolicy_ScoresTheRowInReview()
    {
        await using var server = await RunningServer.StartAsync(trained,
            host => host with { Validation = new ValidationOptions { OutOfDomain = OutOfDomainPolicy.Review } });

        using var response = await server.PredictAsync(new { row = trained.With(0, "monthly_income", "1e9") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var p = (await RunningServer.JsonAsync(response)).GetProperty("predictions")[0];
        Assert.Equal("review", p.GetProperty("band").GetString());
        Assert.Contains("out of domain", p.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("monthly_income", p.GetProperty("outOfDomain")[0].GetString());
    }

    [Fact]
    public async Task Predict_SingleRowWithABadField_NamesItAsRowDotField()
    {
        await using var server = await RunningServer.StartAsync(trained);

        using var response = await server.PredictAsync(new { row = trained.With(0, "dependents", "true") });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await RunningServer.JsonAsync(response)).GetProperty("errors");
        Assert.Equal(["row.dependents"], errors.EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task Predict_UnknownCategoryMappedToOther_ScoresTheRow()
    {
        await using var server = await RunningServer.StartAsync(trained,
            host => host with { Validation = new ValidationOptions { UnknownCategory = UnknownCategoryPolicy.MapToOther } });

        using var response = await server.PredictAsync(new { row = trained.With(0, "territory", "\"atlantis\"") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange((await RunningServer.JsonAsync(response)).GetProperty("predictions")[0].GetProperty("score").GetDouble(), 0, 1);
    }

    [Fact]
    public async Task Predict_UnknownModelOrAlias_Returns404Problem()
    {
        await using var server = await RunningServer.StartAsync(trained);

        using var model = await server.PredictAsync(new { row = trained.Rows[0] }, "nobody");
        using var alias = await server.PredictAsync(new { row = trained.Rows[0], alias = "nobody" });

        Assert.Equal(HttpStatusCode.NotFound, model.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, alias.StatusCode);
        Assert.Contains("nobody", (await RunningServer.JsonAsync(alias)).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"rows\": [", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"rows\": [null]}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"rows\": []}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("rows", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    public async Task Predict_MalformedBody_Returns4xx(string body, string contentType, HttpStatusCode expected)
    {
        await using var server = await RunningServer.StartAsync(trained);

        using var content = new StringContent(body, Encoding.UTF8, contentType);
        using var response = await server.Client.PostAsync("/api/v1/models/credit/predict", content, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        var problem = await RunningServer.JsonAsync(response);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.TryGetProperty("detail", out var detail) ? detail.GetString()
            : problem.GetProperty("errors").EnumerateObject().First().Value[0].GetString()));
    }

    [Fact]
    public async Task Predict_TooManyRowsOrTooLargeABody_IsRefused()
    {
        await using var server = await RunningServer.StartAsync(trained, server: s => s with { MaxRows = 10, MaxRequestBodyBytes = 64 * 1024 });

        using var many = await server.PredictAsync(new { rows = trained.Rows.Take(11) });
        using var large = await server.PredictAsync(new { rows = Enumerable.Repeat(trained.Rows[0], 200) });

        Assert.Equal(HttpStatusCode.BadRequest, many.StatusCode);
        Assert.True((await RunningServer.JsonAsync(many)).GetProperty("errors").TryGetProperty("rows", out _));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Contains("65,536 bytes", (await RunningServer.JsonAsync(large)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

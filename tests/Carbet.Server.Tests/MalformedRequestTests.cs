using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

using Carbet.Serving.Tests;

namespace Carbet.Server.Tests;

/// <summary>What a client can get wrong beyond one bad field: each gets its 4xx with a problem body that says what to send.</summary>
public sealed class MalformedRequestTests(TrainedStore trained)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Predict = $"/api/v1/models/{TrainedStore.Model}/predict";

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public async Task Predict_NaNOrInfinityLiteral_Returns400ProblemAboutTheJson(string literal)
    {
        await using var server = await RunningServer.StartAsync(trained);

        using var response = await PostAsync(server, RowWith("loan_amount", literal));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("not valid JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    [InlineData("1e309")]
    [InlineData("-1e400")]
    public async Task Predict_NonFiniteNumberOrNumberAsText_Returns400NamingTheField(string value)
    {
        await using var server = await RunningServer.StartAsync(trained);

        using var response = await PostAsync(server, RowWith("loan_amount", value));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("should be a number", problem.GetProperty("errors").GetProperty("row.loan_amount")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0x5C, 0x75, 0x64, 0x38, 0x30, 0x30 })]   // \ud800, a lone surrogate
    public async Task Predict_InvalidUnicodeInACategory_Returns400NamingTheField(byte[] bad)
    {
        await using var server = await RunningServer.StartAsync(trained);
        var text = Encoding.UTF8.GetBytes(RowWith("territory", "\"@@\""));
        var at = text.AsSpan().IndexOf("@@"u8);

        using var response = await PostAsync(server, [.. text[..at], .. bad, .. text[(at + 2)..]], "application/json");

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("not valid Unicode", problem.GetProperty("errors").GetProperty("row.territory")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json; charset=bogus")]
    [InlineData("application/json; charset=\"nope\"")]
    public async Task Predict_UnknownCharset_Returns415Problem(string contentType)
    {
        await using var server = await RunningServer.StartAsync(trained);

        using var response = await PostAsync(server, Encoding.UTF8.GetBytes(RowWith("loan_amount", "1000")), contentType);

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("UTF-8", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Predict_UnknownModel_IsAProblemJson404()
    {
        await using var server = await RunningServer.StartAsync(trained);

        using var response = await server.PredictAsync(new { row = trained.Rows[0] }, "nobody");

        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains(TrainedStore.Model, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Predict_BadField_ProblemHasADetailBesidesTheErrors()
    {
        await using var server = await RunningServer.StartAsync(trained);

        using var response = await server.PredictAsync(new { row = trained.With(0, "loan_amount", "\"8000\"") });

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("errors", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Predict_TenThousandRows_Returns400SayingSplitTheBatch()
    {
        await using var server = await RunningServer.StartAsync(trained);

        using var response = await server.PredictAsync(new { rows = Enumerable.Range(0, 10_000).Select(i => trained.Rows[i % trained.Rows.Length]) });

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("split the batch", problem.GetProperty("errors").GetProperty("rows")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Predict_HundredMegabyteBody_Gets413UnreadAndTheServerGoesOn()
    {
        await using var server = await RunningServer.StartAsync(trained);
        // as curl sends a large body: Content-Length and Expect: 100-continue, so the 413 comes before any byte of it
        using var announced = new HttpRequestMessage(HttpMethod.Post, Predict) { Content = new Endless(100 * 1024 * 1024, announced: true) };
        announced.Headers.ExpectContinue = true;
        using var chunked = new HttpRequestMessage(HttpMethod.Post, Predict) { Content = new Endless(100 * 1024 * 1024, announced: false) };

        using var response = await server.Client.SendAsync(announced, Ct);
        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        // a chunked body is refused once 4 MiB have arrived; the client may see the 413 or the closed connection
        var refused = await Record.ExceptionAsync(async () =>
        {
            using var chunkedResponse = await server.Client.SendAsync(chunked, Ct);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunkedResponse.StatusCode);
        });

        Assert.Contains("4,194,304 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(refused is null or HttpRequestException, refused?.ToString());
        using var after = await server.PredictAsync(new { row = trained.Rows[0] });
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private string RowWith(string field, string json)
    {
        var row = string.Join(", ", trained.Rows[0].Where(p => p.Key != field).Select(p => $"{JsonSerializer.Serialize(p.Key)}: {p.Value.GetRawText()}"));
        return $"{{\"row\": {{{row}, {JsonSerializer.Serialize(field)}: {json}}}}}";
    }

    private static Task<HttpResponseMessage> PostAsync(RunningServer server, string body) => PostAsync(server, Encoding.UTF8.GetBytes(body), "application/json");

    private static Task<HttpResponseMessage> PostAsync(RunningServer server, byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return server.Client.PostAsync(Predict, content, Ct);
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), text);
        return problem;
    }

    /// <summary>A JSON body of <c>size</c> bytes written as it is sent, chunked, so the test never holds it in memory.</summary>
    private sealed class Endless : HttpContent
    {
        private readonly long _size;
        private readonly bool _announced;

        public Endless(long size, bool announced) => (_size, _announced, Headers.ContentType) = (size, announced, new MediaTypeHeaderValue("application/json"));

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var chunk = Encoding.UTF8.GetBytes("{\"row\": {\"a\": \"" + new string('x', 64 * 1024 - 15));
            for (long sent = 0; sent < _size; sent += chunk.Length)
                await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, _size - sent)));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _announced ? _size : 0;
            return _announced;
        }
    }
}

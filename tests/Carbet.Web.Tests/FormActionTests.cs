using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

using Carbet.Core;
using Carbet.Serving.Tests;
using Carbet.Tracking.Reviews;

namespace Carbet.Web.Tests;

/// <summary>The prediction form and the review forms over plain HTTP: what they accept and what they refuse.</summary>
[Collection(OneServerAtATime.Name)]
public sealed class FormActionTests(TrainedStore trained)
{
    [Fact]
    public async Task PredictionForm_Always_HasOneFieldPerInputColumn()
    {
        await using var server = await WebServer.StartAsync(trained);
        using var client = new UiClient(server);
        await client.SignInAsync(server.PredictKey);
        var (_, html) = await client.PageAsync("/ui/predict");
        Assert.All(trained.V1.InputSignature.Columns, c => Assert.Contains($"name=\"f.{c.Name}\"", html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PredictionForm_NumberFieldWithText_Returns400NamingTheField()
    {
        await using var server = await WebServer.StartAsync(trained);
        using var client = new UiClient(server);
        await client.SignInAsync(server.PredictKey);
        var number = trained.V1.InputSignature.Columns.First(c => c.Kind is ColumnKind.Number or ColumnKind.Integer).Name;
        var fields = trained.Rows[0].ToDictionary(f => "f." + f.Key, f => Text(f.Value));
        fields["f." + number] = "<lots>";
        using var response = await client.PostFormAsync("/ui/predict", fields, "/ui/predict");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Some input fields are invalid.", html, StringComparison.Ordinal);
        Assert.Contains($"<li>{number}: ", html, StringComparison.Ordinal);
        Assert.Contains("value=\"&lt;lots&gt;\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewOverride_NoComment_Returns400AndStaysPending()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await WebServer.StartAsync(trained);
        using var api = new HttpClient { BaseAddress = new Uri(server.Url) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.PredictKey);
        using var predicted = await api.PostAsJsonAsync("/api/v1/models/credit/predict", new { row = trained.Rows[8] }, ct);
        using var json = JsonDocument.Parse(await predicted.Content.ReadAsStringAsync(ct));
        var id = json.RootElement.GetProperty("predictions")[0].GetProperty("predictionId").GetGuid();
        await server.Server.PredictionLog.FlushAsync(ct);
        using var client = new UiClient(server);
        await client.SignInAsync(server.ReviewKey);
        using var response = await client.PostFormAsync($"/ui/reviews/{id}", new() { ["decision"] = "override", ["label"] = "false", ["comment"] = " " }, "/ui/reviews");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("needs a label and a comment", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.Pending, (await trained.Store.Reviews.GetAsync(id, ct))?.Status);
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => "",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}

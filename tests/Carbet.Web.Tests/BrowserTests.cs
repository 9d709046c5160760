using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

using Carbet.Serving.Tests;
using Carbet.Tracking.Reviews;

using Microsoft.Playwright;

namespace Carbet.Web.Tests;

/// <summary>The four scenarios of the web UI in Debian's Chromium: a prediction from the form, a review accepted and one
/// overridden, a run's ROC curves, and an alias moved by an admin and refused to a predict key.</summary>
[Collection(OneServerAtATime.Name)]
public sealed class BrowserTests(TrainedStore trained, Chromium chromium)
{
    [Fact]
    public async Task PredictionForm_RowFilledIn_ShowsScoreAndQueuesIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await WebServer.StartAsync(trained);
        var page = await SignedInAsync(server, server.PredictKey);
        await page.GotoAsync("/ui/predict");
        foreach (var (name, value) in trained.Rows[3])
            await FillAsync(page.Locator($"[name=\"f.{name}\"]"), value);
        await page.ClickAsync("#predict");
        await Assertions.Expect(page.Locator("#band")).ToHaveTextAsync("review");
        var id = Guid.Parse(await page.Locator("#prediction-id").InnerTextAsync());
        var score = double.Parse(await page.Locator("#score").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(score, 0, 1);
        await server.Server.PredictionLog.FlushAsync(ct);
        Assert.Equal(ReviewStatus.Pending, (await trained.Store.Reviews.GetAsync(id, ct))?.Status);
    }

    [Fact]
    public async Task ReviewQueue_AcceptOneOverrideAnother_RecordsBothWithTheReviewer()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await WebServer.StartAsync(trained);
        var (accepted, overridden) = await QueueTwoAsync(server);
        var page = await SignedInAsync(server, server.ReviewKey);
        await page.GotoAsync("/ui/reviews");
        await page.Locator($"[id=\"review-{accepted}\"] button[name=accept]").ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync($"{accepted}: accepted");
        var row = page.Locator($"[id=\"review-{overridden}\"]");
        await row.Locator("select[name=label]").SelectOptionAsync("false");
        await row.Locator("input[name=comment]").FillAsync("known customer, repaid early");
        await row.Locator("button[name=override]").ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync($"{overridden}: overridden");
        await Assertions.Expect(page.Locator($"[id=\"review-{overridden}\"]")).ToHaveCountAsync(0);
        var first = await trained.Store.Reviews.GetAsync(accepted, ct);
        var second = await trained.Store.Reviews.GetAsync(overridden, ct);
        Assert.Equal((ReviewStatus.Accepted, true), (first!.Status, first.Reviewer!.StartsWith("ui-reviewer", StringComparison.Ordinal)));
        Assert.Equal((ReviewStatus.Overridden, "false", "known customer, repaid early"), (second!.Status, second.DecidedLabel, second.Comment));
    }

    [Fact]
    public async Task RunPage_FrenchBrowser_ShowsLeaderboardAndRocCurves()
    {
        await using var server = await WebServer.StartAsync(trained);
        var page = await SignedInAsync(server, server.PredictKey, "fr-FR");
        await page.GotoAsync("/ui/runs");
        await page.Locator($"a[href=\"/ui/runs/{trained.V2.RunId}\"]").ClickAsync();
        await Assertions.Expect(page.Locator("#leaderboard")).ToContainTextAsync("lightgbm");
        var roc = page.Locator("#roc");
        await Assertions.Expect(roc.Locator("figcaption")).ToHaveTextAsync("Courbes ROC sur les lignes de test");
        await Assertions.Expect(roc.Locator("svg polyline")).ToHaveCountAsync(2);
        await Assertions.Expect(roc.Locator("svg")).ToContainTextAsync("lightgbm");
        Assert.True(await roc.Locator("svg").IsVisibleAsync());
    }

    [Fact]
    public async Task AliasForm_AdminMovesIt_PredictKeyIsRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await WebServer.StartAsync(trained);
        var (moved, refused) = ("ui-" + Guid.NewGuid().ToString("N")[..8], "ui-" + Guid.NewGuid().ToString("N")[..8]);

        var admin = await SignedInAsync(server, server.AdminKey);
        await admin.GotoAsync("/ui/models/credit/versions/2");
        await admin.FillAsync("#alias", moved);
        await admin.ClickAsync("form.alias-move button");
        await Assertions.Expect(admin.Locator(".notice")).ToHaveTextAsync($"Alias {moved} now points at version 2.");
        Assert.Equal(2, (await trained.Store.Models.ResolveAsync(TrainedStore.Model, moved, ct))?.Version);

        var client = await SignedInAsync(server, server.PredictKey);
        await client.GotoAsync("/ui/models/credit/versions/2");
        await client.FillAsync("#alias", refused);
        var response = await client.RunAndWaitForResponseAsync(() => client.ClickAsync("form.alias-move button"), r => r.Url.EndsWith("/alias", StringComparison.Ordinal));
        Assert.Equal(403, response.Status);
        await Assertions.Expect(client.Locator("h1")).ToHaveTextAsync("Not allowed");
        Assert.Null(await trained.Store.Models.ResolveAsync(TrainedStore.Model, refused, ct));
    }

    private async Task<IPage> SignedInAsync(WebServer server, string key, string locale = "en-US")
    {
        var page = await chromium.NewPageAsync(server.Url, locale);
        await page.GotoAsync("/ui");
        await page.FillAsync("#key", key);
        await page.ClickAsync("form button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(server.Url + "/ui");
        return page;
    }

    private static async Task FillAsync(ILocator field, JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Null => "",
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => value.GetRawText(),
        };
        if (await field.EvaluateAsync<string>("e => e.tagName") == "SELECT")
        {
            var options = await field.Locator("option").AllInnerTextsAsync();
            await field.SelectOptionAsync(options.Contains(text) ? text : options.First(o => o.Length > 0));
        }
        else if (await field.GetAttributeAsync("type") == "date")
            await field.FillAsync(text.Length >= 10 ? text[..10] : text);
        else
            await field.FillAsync(text);
    }

    private async Task<(Guid, Guid)> QueueTwoAsync(WebServer server)
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = new HttpClient { BaseAddress = new Uri(server.Url) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.PredictKey);
        using var response = await api.PostAsJsonAsync("/api/v1/models/credit/predict", new { rows = new[] { trained.Rows[5], trained.Rows[6] } }, ct);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var ids = json.RootElement.GetProperty("predictions").EnumerateArray().Select(p => p.GetProperty("predictionId").GetGuid()).ToList();
        await server.Server.PredictionLog.FlushAsync(ct);
        return (ids[0], ids[1]);
    }
}

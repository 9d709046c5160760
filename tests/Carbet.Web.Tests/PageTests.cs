using System.Net;

using Carbet.Serving.Tests;
using Carbet.Tracking.Runs;

namespace Carbet.Web.Tests;

/// <summary>The pages over plain HTTP: sign-in, what each page shows, languages and HTML encoding.</summary>
[Collection(OneServerAtATime.Name)]
public sealed class PageTests(TrainedStore trained)
{
    [Fact]
    public async Task Root_Always_RedirectsToUi()
    {
        await using var server = await WebServer.StartAsync(trained);
        using var client = new UiClient(server);
        using var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/ui", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Overview_NoKey_RedirectsToSignIn()
    {
        await using var server = await WebServer.StartAsync(trained);
        using var client = new UiClient(server);
        using var response = await client.GetAsync("/ui/runs");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/ui/signin?returnUrl=%2Fui%2Fruns", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_UnknownKey_Returns401PageAndNoCookie()
    {
        await using var server = await WebServer.StartAsync(trained);
        using var client = new UiClient(server);
        using var response = await client.PostFormAsync("/ui/signin", new() { ["key"] = "carbet_nothere_secret" }, "/ui/signin");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("unknown, wrong or revoked", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain(client.Cookies.GetCookies(new Uri(server.Url + "/ui")), c => c.Name == "carbet_ui_key");
    }

    [Fact]
    public async Task SignIn_ValidKey_SetsHttpOnlyStrictCookie()
    {
        await using var server = await WebServer.StartAsync(trained);
        using var client = new UiClient(server);
        using var response = await client.PostFormAsync("/ui/signin", new() { ["key"] = server.PredictKey, ["returnUrl"] = "https://evil.example/" }, "/ui/signin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/ui", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("carbet_ui_key=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Overview_SignedIn_ShowsModelsVersionsAliasesAndKpis()
    {
        await using var server = await WebServer.StartAsync(trained);
        using var client = new UiClient(server);
        await client.SignInAsync(server.PredictKey);
        var (status, html) = await client.PageAsync("/ui");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h3>credit</h3>", html, StringComparison.Ordinal);
        Assert.Contains("champion → v1", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/ui/models/credit/versions/2\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"kpis\"", html, StringComparison.Ordinal);
        Assert.Contains("Signed in as ui-client", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_FrenchBrowser_IsInFrench()
    {
        await using var server = await WebServer.StartAsync(trained);
        using var client = new UiClient(server, "fr-FR,fr;q=0.9");
        await client.SignInAsync(server.PredictKey);
        var (_, html) = await client.PageAsync("/ui");
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("Vue d’ensemble", html, StringComparison.Ordinal);
        Assert.Contains("Modèles", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Models<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CultureSwitch_Query_IsRememberedOverTheBrowserLanguage()
    {
        await using var server = await WebServer.StartAsync(trained);
        using var client = new UiClient(server, "en-US");
        await client.SignInAsync(server.PredictKey);
        var (_, french) = await client.PageAsync("/ui/runs?culture=fr");
        var (_, later) = await client.PageAsync("/ui/audit");
        var (_, back) = await client.PageAsync("/ui/audit?culture=en");
        Assert.Contains("Exécutions", french, StringComparison.Ordinal);
        Assert.Contains("Journal d’audit", later, StringComparison.Ordinal);
        Assert.Contains("<h1>Audit log</h1>", back, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunPage_NameWithMarkup_IsEncodedAndPageForbidsScripts()
    {
        var ct = TestContext.Current.CancellationToken;
        var run = await trained.Store.Runs.StartAsync(new NewRun("ui-tests", "<script>alert('x')</script>"), ct);
        await trained.Store.Runs.LogParamsAsync(run.Id, new Dictionary<string, string> { ["note"] = "\"><img src=x onerror=alert(1)>" }, ct);
        await using var server = await WebServer.StartAsync(trained);
        using var client = new UiClient(server);
        await client.SignInAsync(server.PredictKey);
        using var response = await client.GetAsync($"/ui/runs/{run.Id}");
        var html = await response.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunsPage_TrainingRun_LinksToItsPage()
    {
        await using var server = await WebServer.StartAsync(trained);
        using var client = new UiClient(server);
        await client.SignInAsync(server.PredictKey);
        var (_, html) = await client.PageAsync("/ui/runs");
        Assert.Contains($"href=\"/ui/runs/{trained.V1.RunId}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerWithoutKeys_Overview_NeedsNoSignIn()
    {
        await using var server = await WebServer.StartAsync(trained, requireKeys: false);
        using var client = new UiClient(server);
        var (status, html) = await client.PageAsync("/ui");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("needs no API key", html, StringComparison.Ordinal);
    }
}

using System.Net;

using Carbet.Serving.Tests;

namespace Carbet.Web.Tests;

/// <summary>Forms that change state: the API's roles apply, and a post without the page's antiforgery token changes nothing.</summary>
[Collection(OneServerAtATime.Name)]
public sealed class FormSecurityTests(TrainedStore trained)
{
    private const string VersionPage = "/ui/models/credit/versions/2";

    [Fact]
    public async Task MoveAlias_PredictKey_Returns403PageAndMovesNothing()
    {
        var alias = NewAlias();
        await using var server = await WebServer.StartAsync(trained);
        using var client = new UiClient(server);
        await client.SignInAsync(server.PredictKey);
        using var response = await client.PostFormAsync($"{VersionPage}/alias", new() { ["alias"] = alias }, VersionPage);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("role, predict, may not do this; it needs admin", html, StringComparison.Ordinal);
        Assert.Null(await trained.Store.Models.ResolveAsync(TrainedStore.Model, alias, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task MoveAlias_AdminKeyWithoutToken_Returns400AndMovesNothing()
    {
        var alias = NewAlias();
        await using var server = await WebServer.StartAsync(trained);
        using var client = new UiClient(server);
        await client.SignInAsync(server.AdminKey);
        using var response = await client.PostFormAsync($"{VersionPage}/alias", new() { ["alias"] = alias }, formPage: null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("did not come from this site", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Null(await trained.Store.Models.ResolveAsync(TrainedStore.Model, alias, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task MoveAlias_AdminKey_MovesAndAuditsWithTheKeyName()
    {
        var ct = TestContext.Current.CancellationToken;
        var alias = NewAlias();
        await using var server = await WebServer.StartAsync(trained);
        using var client = new UiClient(server);
        await client.SignInAsync(server.AdminKey);
        using var response = await client.PostFormAsync($"{VersionPage}/alias", new() { ["alias"] = alias }, VersionPage);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await trained.Store.Models.ResolveAsync(TrainedStore.Model, alias, ct))?.Version);
        var (_, audit) = await client.PageAsync("/ui/audit");
        Assert.Contains(alias, audit, StringComparison.Ordinal);
        Assert.Contains("ui-admin (key ", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewQueue_PredictKey_Returns403Page()
    {
        await using var server = await WebServer.StartAsync(trained);
        using var client = new UiClient(server);
        await client.SignInAsync(server.PredictKey);
        var (status, html) = await client.PageAsync("/ui/reviews");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("it needs review", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_WithoutToken_KeepsTheSession()
    {
        await using var server = await WebServer.StartAsync(trained);
        using var client = new UiClient(server);
        await client.SignInAsync(server.PredictKey);
        using var refused = await client.PostFormAsync("/ui/signout", [], formPage: null);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PageAsync("/ui")).Status);
        using var signedOut = await client.PostFormAsync("/ui/signout", [], "/ui");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PageAsync("/ui")).Status);
    }

    private static string NewAlias() => "ui-" + Guid.NewGuid().ToString("N")[..10];
}

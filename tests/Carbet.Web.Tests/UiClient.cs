using System.Net;
using System.Text.RegularExpressions;

namespace Carbet.Web.Tests;

/// <summary>A plain HTTP client of the UI that keeps cookies and never follows redirects, so tests see every status.</summary>
internal sealed partial class UiClient : IDisposable
{
    private readonly HttpClient _http;

    public UiClient(WebServer server, string? acceptLanguage = null)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(server.Url) };
        if (acceptLanguage is not null)
            _http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
    }

    public CookieContainer Cookies { get; } = new();

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path, TestContext.Current.CancellationToken);

    public async Task<(HttpStatusCode Status, string Html)> PageAsync(string path)
    {
        using var response = await GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Posts a form to <paramref name="path"/> with the antiforgery token of the page at <paramref name="formPage"/>
    /// (none when null).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, string? formPage)
    {
        if (formPage is not null)
        {
            var (_, html) = await PageAsync(formPage);
            var token = TokenPattern().Match(html);
            Assert.True(token.Success, $"{formPage} has no antiforgery token.");
            fields = new Dictionary<string, string>(fields) { ["__carbet_form"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        }
        using var content = new FormUrlEncodedContent(fields);
        return await _http.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    public async Task SignInAsync(string key)
    {
        using var response = await PostFormAsync("/ui/signin", new() { ["key"] = key, ["returnUrl"] = "/ui" }, "/ui/signin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__carbet_form\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

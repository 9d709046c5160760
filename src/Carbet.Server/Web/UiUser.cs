using Carbet.Server.Security;
using Carbet.Tracking;
using Carbet.Tracking.Keys;

namespace Carbet.Server.Web;

/// <summary>Who is using the web UI: the API key kept in the sign-in cookie, checked against the store on every request so a
/// revoked key stops working at once; on a server without keys, an anonymous user with every role.</summary>
/// <param name="Actor">The name the audit log records, as the API records it: the key's name and id.</param>
/// <param name="SignedIn">Whether a key was given; false on a server without keys.</param>
internal sealed record UiUser(ApiKeyRole Role, string Actor, bool SignedIn)
{
    public const string CookieName = "carbet_ui_key";

    public string RoleName => ApiKeyRoles.Name(Role);

    /// <summary>Whether the user's role is <paramref name="role"/> or a higher one.</summary>
    public bool May(ApiKeyRole role) => Role >= role;

    /// <summary>The user of this request, or null when a key is needed and none valid was given.</summary>
    public static async Task<UiUser?> ReadAsync(HttpContext http, ServerOptions options, IStore store)
    {
        if (!options.RequireApiKeys)
            return new UiUser(ApiKeyRole.Admin, "anonymous", SignedIn: false);
        if (!http.Request.Cookies.TryGetValue(CookieName, out var key) || string.IsNullOrWhiteSpace(key))
            return null;
        return await VerifyAsync(store, key, http.RequestAborted);
    }

    public static async Task<UiUser?> VerifyAsync(IStore store, string key, CancellationToken ct) =>
        await store.Keys.VerifyAsync(key.Trim(), ct) is { } info ? new UiUser(info.Role, $"{info.Name} (key {info.Id})", SignedIn: true) : null;

    /// <summary>Keeps the key for the session: HttpOnly so scripts cannot read it, SameSite=Strict so other sites cannot send it.</summary>
    public static void Remember(HttpContext http, string key) =>
        http.Response.Cookies.Append(CookieName, key.Trim(), CookieOptions(http));

    public static void Forget(HttpContext http) => http.Response.Cookies.Delete(CookieName, CookieOptions(http));

    private static CookieOptions CookieOptions(HttpContext http) =>
        new() { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/ui", IsEssential = true };
}

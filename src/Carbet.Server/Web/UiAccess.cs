using Carbet.Server.Security;
using Carbet.Tracking;
using Carbet.Tracking.Keys;

namespace Carbet.Server.Web;

/// <summary>The same roles as the API, for pages: no key sends the browser to the sign-in page, a key of too low a role gets
/// a 403 page that says which role is needed.</summary>
internal static class UiAccess
{
    /// <summary>The user when their role is <paramref name="role"/> or higher; otherwise the page to answer with instead.</summary>
    public static async Task<(UiUser? User, IResult? Refusal)> CheckAsync(HttpContext http, ApiKeyRole role)
    {
        var options = http.RequestServices.GetRequiredService<ServerOptions>();
        var user = await UiUser.ReadAsync(http, options, http.RequestServices.GetRequiredService<IStore>());
        if (user is null)
        {
            var back = http.Request.Method == HttpMethods.Get ? $"{http.Request.Path}{http.Request.QueryString}" : "/ui";
            return (null, Results.Redirect($"/ui/signin?returnUrl={Uri.EscapeDataString(back)}"));
        }
        if (!user.May(role))
            return (user, UiPage.Problem(http, user, StatusCodes.Status403Forbidden, UiText.NotAllowed, UiText.RoleRefused(user.RoleName, ApiKeyRoles.Name(role))));
        return (user, null);
    }

    /// <summary>Where to go after signing in: only a page of the UI, never another site.</summary>
    public static string LocalReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith("/ui", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : "/ui";
}

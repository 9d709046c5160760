using System.Globalization;

using Microsoft.AspNetCore.Localization;

namespace Carbet.Server.Web;

/// <summary>The languages of the web UI: English and French, chosen by <c>?culture=</c> (remembered in a cookie), then that
/// cookie, then the browser's Accept-Language; English otherwise.</summary>
internal static class UiCulture
{
    public const string QueryKey = "culture";
    public static readonly string[] Names = ["en", "fr"];

    public static RequestLocalizationOptions Options()
    {
        CultureInfo[] cultures = [.. Names.Select(CultureInfo.GetCultureInfo)];
        return new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("en"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
    }

    /// <summary>The language of this request: <c>en</c> or <c>fr</c>.</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" ? "fr" : "en";

    /// <summary>Keeps a language chosen with <c>?culture=</c> for the next pages.</summary>
    public static void RememberSwitch(HttpContext http)
    {
        if (http.Request.Query[QueryKey].ToString() is { Length: > 0 } asked && Names.Contains(asked, StringComparer.OrdinalIgnoreCase))
        {
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(asked.ToLowerInvariant())),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/ui", MaxAge = TimeSpan.FromDays(365), IsEssential = true });
        }
    }
}

using Microsoft.AspNetCore.Antiforgery;

namespace Carbet.Server.Web;

/// <summary>Antiforgery for the UI's forms: each form carries a token bound to a cookie, and a post without a matching pair is
/// refused before anything changes, so another site cannot make a signed-in browser act.</summary>
internal static class UiForms
{
    public const string FieldName = "__carbet_form";
    public const string CookieName = "carbet_ui_form";

    public static void Configure(AntiforgeryOptions options)
    {
        options.FormFieldName = FieldName;
        options.HeaderName = null;
        options.Cookie.Name = CookieName;
        options.Cookie.Path = "/ui";
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.HttpOnly = true;
    }

    /// <summary>Opens a POST form to <paramref name="action"/> with its antiforgery token.</summary>
    public static HtmlWriter OpenForm(this HtmlWriter html, HttpContext http, string action, string? cssClass = null)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return html.Open("form", ("method", "post"), ("action", action), ("class", cssClass))
            .Void("input", ("type", "hidden"), ("name", tokens.FormFieldName), ("value", tokens.RequestToken));
    }

    /// <summary>The form posted, or null when its antiforgery token is missing or does not match its cookie.</summary>
    public static async Task<IFormCollection?> ReadAsync(HttpContext http)
    {
        if (!http.Request.HasFormContentType)
            return null;
        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return null;
        }
        return await http.Request.ReadFormAsync(http.RequestAborted);
    }
}

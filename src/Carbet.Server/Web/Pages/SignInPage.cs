using Carbet.Tracking;

namespace Carbet.Server.Web.Pages;

/// <summary><c>/ui/signin</c>: paste an API key, kept in an HttpOnly cookie; <c>/ui/signout</c> forgets it.</summary>
internal static class SignInPage
{
    public static void Map(RouteGroupBuilder ui)
    {
        ui.MapGet("/signin", (HttpContext http, string? returnUrl) => Form(http, returnUrl, problem: null));
        ui.MapPost("/signin", SignInAsync);
        ui.MapPost("/signout", (Delegate)SignOutAsync);
    }

    private static IResult Form(HttpContext http, string? returnUrl, string? problem, int status = StatusCodes.Status200OK) =>
        UiPage.Render(http, null, UiText.SignIn, html =>
        {
            if (problem is not null)
                html.Element("p", problem, ("class", "problem"));
            html.Element("p", UiText.PasteKey).OpenForm(http, "/ui/signin")
                .Void("input", ("type", "hidden"), ("name", "returnUrl"), ("value", UiAccess.LocalReturn(returnUrl)))
                .Open("label").Text(UiText.ApiKey)
                .Void("input", ("type", "password"), ("name", "key"), ("id", "key"), ("autocomplete", "off"), ("required", "required"), ("size", "60"))
                .Close("label").Element("button", UiText.SignIn, ("type", "submit")).Close("form");
        }, status);

    private static async Task<IResult> SignInAsync(HttpContext http, IStore store)
    {
        if (await UiForms.ReadAsync(http) is not { } form)
            return UiPage.Problem(http, null, StatusCodes.Status400BadRequest, UiText.FormExpired, UiText.FormExpiredText);
        var returnUrl = UiAccess.LocalReturn(form["returnUrl"]);
        if (form["key"].ToString() is not { Length: > 0 } key || await UiUser.VerifyAsync(store, key, http.RequestAborted) is null)
            return Form(http, returnUrl, UiText.UnknownKey, StatusCodes.Status401Unauthorized);
        UiUser.Remember(http, key);
        return Results.Redirect(returnUrl);
    }

    private static async Task<IResult> SignOutAsync(HttpContext http)
    {
        if (await UiForms.ReadAsync(http) is null)
            return UiPage.Problem(http, null, StatusCodes.Status400BadRequest, UiText.FormExpired, UiText.FormExpiredText);
        UiUser.Forget(http);
        return Results.Redirect("/ui/signin");
    }
}

using Carbet.Server.Web.Pages;

namespace Carbet.Server.Web;

/// <summary>The web UI under <c>/ui</c>: server-rendered pages, charts as inline SVG, no script; English and French.</summary>
public static class WebUi
{
    // no script, no frames, forms only to this site: a page that somehow carried markup could still run nothing
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>Registers what the pages need: antiforgery for their forms.</summary>
    public static IServiceCollection AddWebUi(this IServiceCollection services) => services.AddAntiforgery(UiForms.Configure);

    /// <summary>Maps the pages, with the language middleware and security headers on <c>/ui</c> only, and sends <c>/</c> to <c>/ui</c>.</summary>
    public static void MapWebUi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var localization = UiCulture.Options();
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/ui"), ui =>
        {
            ui.UseRequestLocalization(localization);
            ui.Use((http, next) =>
            {
                UiCulture.RememberSwitch(http);
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                return next(http);
            });
        });
        app.MapGet("/", () => Results.Redirect("/ui")).ExcludeFromDescription();
        var ui = app.MapGroup("/ui").ExcludeFromDescription();
        SignInPage.Map(ui);
        OverviewPage.Map(ui);
        RunsPage.Map(ui);
        RunPage.Map(ui);
        ModelVersionPage.Map(ui);
        ReviewQueuePage.Map(ui);
        PredictionPage.Map(ui);
        AuditPage.Map(ui);
    }
}

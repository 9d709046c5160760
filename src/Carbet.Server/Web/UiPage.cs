using System.Text;

namespace Carbet.Server.Web;

/// <summary>The frame of every page: navigation, language switch, who is signed in, then the page's own content.</summary>
internal static class UiPage
{
    private const string Css = """
        body{font-family:system-ui,sans-serif;margin:0;color:#222}
        header{background:#0f3d3e;color:#fff;padding:.6rem 1.5rem;display:flex;gap:1.2rem;align-items:center;flex-wrap:wrap}
        header a{color:#fff}header .who{margin-left:auto;font-size:.85rem}header form{display:inline}
        main{max-width:72rem;margin:1rem auto;padding:0 1.5rem}
        h1{font-size:1.5rem}h2{font-size:1.15rem;border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:1.6rem}
        table{border-collapse:collapse;margin:.5rem 0;font-size:.85rem}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
        th{background:#f4f4f4}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
        .notice{padding:.5rem .8rem;border-left:4px solid #16a34a;background:#f0fdf4}.problem{padding:.5rem .8rem;border-left:4px solid #dc2626;background:#fef2f2}
        .note{color:#555;font-size:.85rem}label{display:block;margin:.3rem 0}input,select{margin-left:.4rem}form.inline{display:inline-block;margin:0 .3rem}
        figure{margin:.8rem 0}figcaption{font-weight:600;font-size:.9rem}svg text{font-size:10px}code{font-size:.8rem}
        """;

    /// <summary>A whole HTML page, sent as <c>text/html; charset=utf-8</c>.</summary>
    public static IResult Render(HttpContext http, UiUser? user, string title, Action<HtmlWriter> body, int status = StatusCodes.Status200OK)
    {
        var html = new HtmlWriter();
        html.Trusted("<!DOCTYPE html>\n").Open("html", ("lang", UiCulture.Current)).Open("head")
            .Void("meta", ("charset", "utf-8")).Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
            .Element("title", $"{title} · {UiText.Product}").Open("style").Trusted(Css).Close("style").Close("head").Open("body");
        Header(html, http, user);
        html.Open("main").Element("h1", title);
        body(html);
        html.Close("main").Close("body").Close("html");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>A page that says one thing went wrong and what to do, with its status code.</summary>
    public static IResult Problem(HttpContext http, UiUser? user, int status, string title, string text) =>
        Render(http, user, title, h => h.Element("p", text, ("class", "problem")), status);

    private static void Header(HtmlWriter html, HttpContext http, UiUser? user)
    {
        html.Open("header").Element("strong", UiText.Product).Open("nav");
        foreach (var (href, text) in new[] { ("/ui", UiText.Overview), ("/ui/runs", UiText.Runs), ("/ui/reviews", UiText.Reviews), ("/ui/predict", UiText.Predict), ("/ui/audit", UiText.AuditLog) })
            html.Link(href, text).Text(" ");
        html.Close("nav").Open("span", ("class", "lang")).Text(UiText.Language + ": ");
        foreach (var culture in UiCulture.Names)
            html.Element("a", culture.ToUpperInvariant(), ("href", $"{http.Request.Path}?{UiCulture.QueryKey}={culture}"), ("hreflang", culture)).Text(" ");
        html.Close("span").Open("span", ("class", "who"));
        if (user is { SignedIn: true })
        {
            html.Text(UiText.SignedInAs(user.Actor, user.RoleName)).Text(" ").OpenForm(http, "/ui/signout")
                .Element("button", UiText.SignOut, ("type", "submit")).Close("form");
        }
        else if (user is null)
            html.Link("/ui/signin", UiText.SignIn);
        else
            html.Text(UiText.NoKeysNeeded);
        html.Close("span").Close("header");
    }
}

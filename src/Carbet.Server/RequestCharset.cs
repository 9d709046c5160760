using System.Text;

using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Carbet.Server;

/// <summary>Refuses a body whose Content-Type names a charset .NET does not know with 415: the JSON binder would throw
/// on it, which is the client's mistake and not a server error.</summary>
internal static class RequestCharset
{
    public static IApplicationBuilder UseRequestCharsetCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) && type.Charset is { Length: > 0 } charset && !Known(charset.Value!))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status415UnsupportedMediaType,
                    Title = $"The body's charset '{charset}' is not one this server knows.",
                    Detail = "Send the body as UTF-8 JSON with the header Content-Type: application/json.",
                },
            });
            return;
        }
        await next(context);
    });

    private static bool Known(string charset)
    {
        try
        {
            _ = Encoding.GetEncoding(charset.Trim('"'));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

using System.Globalization;

using Microsoft.AspNetCore.Mvc;

namespace Carbet.Server;

/// <summary>The sentence a problem-details body carries when the framework refused a request before any endpoint ran.</summary>
internal static class ProblemText
{
    public static string? DetailFor(ProblemDetails problem, ServerOptions options) => problem.Status switch
    {
        StatusCodes.Status400BadRequest when problem is HttpValidationProblemDetails =>
            "Each entry of errors names a field and what is wrong with it; fix those fields and send the request again.",
        StatusCodes.Status400BadRequest when !problem.Extensions.ContainsKey("errors") =>
            "The body is not valid JSON of the expected shape; send {\"rows\": [{...}]} or {\"row\": {...}}, with optional \"alias\", \"version\" and \"contributions\".",
        StatusCodes.Status413PayloadTooLarge =>
            $"The body is larger than the {options.MaxRequestBodyBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes allowed; split the batch.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON with the header Content-Type: application/json.",
        StatusCodes.Status404NotFound when problem.Title is null or "Not Found" => "No such endpoint; see /openapi/v1.json for the API.",
        StatusCodes.Status405MethodNotAllowed => "This endpoint does not accept that method; see /openapi/v1.json for the API.",
        _ => null,
    };
}

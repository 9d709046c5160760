using System.Security.Claims;
using System.Text.Encodings.Web;

using Carbet.Tracking.Keys;

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Carbet.Server.Security;

/// <summary>Reads the API key of a request (<c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key: &lt;key&gt;</c>), checks it
/// against the store and gives the request the key's roles; refusals are problem-details bodies that say what to send.</summary>
internal sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, VerifiedKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string KeyIdClaim = "carbet_key_id";
    private const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Presented(Request) is not { } text)
            return AuthenticateResult.NoResult();
        if (await keys.VerifyAsync(text, Context.RequestAborted) is not { } key)
            return AuthenticateResult.Fail("The API key is unknown, wrong or revoked.");
        return AuthenticateResult.Success(new AuthenticationTicket(Principal(key), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        WriteAsync(StatusCodes.Status401Unauthorized, Presented(Request) is null ? "This endpoint needs an API key." : "The API key is unknown, wrong or revoked.",
            "Send the key in the header Authorization: Bearer <key> (or X-Api-Key); an admin creates one with carbet keys create --role predict --name <client>.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var role = Context.User.FindFirst(ClaimTypes.Role)?.Value ?? "none";
        var needed = Context.GetEndpoint()?.Metadata.GetMetadata<RoleRequirementMetadata>()?.Role;
        return WriteAsync(StatusCodes.Status403Forbidden, $"This key's role, {Highest(Context.User)}, may not do this{(needed is null ? "" : $"; it needs {ApiKeyRoles.Name(needed.Value)}")}.",
            $"Use a key with that role, or ask an admin (carbet keys create --role {(needed is null ? role : ApiKeyRoles.Name(needed.Value))}).");
    }

    /// <summary>The key a request carries, or null.</summary>
    public static string? Presented(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return authorization["Bearer ".Length..].Trim();
        return request.Headers.TryGetValue(HeaderName, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString().Trim() : null;
    }

    private static ClaimsPrincipal Principal(ApiKeyInfo key)
    {
        List<Claim> claims = [new(KeyIdClaim, key.Id), new(ClaimTypes.Name, key.Name)];
        // each role includes the ones below it
        claims.AddRange(Enum.GetValues<ApiKeyRole>().Where(r => r <= key.Role).Select(r => new Claim(ClaimTypes.Role, ApiKeyRoles.Name(r))));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
    }

    private static string Highest(ClaimsPrincipal user) =>
        Enum.GetValues<ApiKeyRole>().Reverse().Select(ApiKeyRoles.Name).FirstOrDefault(user.IsInRole) ?? "none";

    private async Task WriteAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
            Response.Headers.WWWAuthenticate = "Bearer";
        var problems = Context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail } });
    }
}

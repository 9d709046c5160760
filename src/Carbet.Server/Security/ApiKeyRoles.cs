using Carbet.Tracking.Keys;

using Microsoft.AspNetCore.Authorization;

namespace Carbet.Server.Security;

/// <summary>The authorization policies of the API, one per role, and how an endpoint asks for one.</summary>
internal static class ApiKeyRoles
{
    public static string Name(ApiKeyRole role) => role.ToString().ToLowerInvariant();

    /// <summary>Registers a policy per role. Without <see cref="ServerOptions.RequireApiKeys"/> every policy lets every
    /// request through, for a server on a developer's machine.</summary>
    public static void AddPolicies(AuthorizationOptions authorization, bool requireKeys)
    {
        foreach (var role in Enum.GetValues<ApiKeyRole>())
        {
            authorization.AddPolicy(Name(role), policy =>
            {
                if (requireKeys)
                    policy.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser().RequireRole(Name(role));
                else
                    policy.RequireAssertion(_ => true);
            });
        }
    }

    /// <summary>Lets only keys of <paramref name="role"/> (or a higher one) call the endpoints, and counts them against the
    /// key's rate limit.</summary>
    public static TBuilder RequireKeyRole<TBuilder>(this TBuilder builder, ApiKeyRole role) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Name(role)).WithMetadata(new RoleRequirementMetadata(role)).RequireRateLimiting(RateLimits.PerKey);
}

/// <summary>The role an endpoint needs, read back when a refusal says which role would do.</summary>
internal sealed record RoleRequirementMetadata(ApiKeyRole Role);

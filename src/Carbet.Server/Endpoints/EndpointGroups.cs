using Carbet.Server.Security;
using Carbet.Tracking.Keys;

namespace Carbet.Server.Endpoints;

/// <summary>The route groups by the role that may call them: <c>predict</c> (predict, feedback), <c>review</c> (the review
/// queue) and <c>admin</c> (the stop switch); every endpoint gets its role check and rate limit from its group.</summary>
internal static class EndpointGroups
{
    public const string Predict = "predict";
    public const string Review = "review";
    public const string Admin = "admin";

    /// <summary>A route group under <paramref name="prefix"/> for the keys holding <paramref name="role"/> or a higher one.</summary>
    public static RouteGroupBuilder ForRole(this IEndpointRouteBuilder app, string role, string prefix) =>
        app.MapGroup(prefix).WithTags(role).RequireKeyRole(Enum.Parse<ApiKeyRole>(role, ignoreCase: true));
}

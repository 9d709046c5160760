namespace Carbet.Server.Endpoints;

/// <summary>The route groups by the role that may call them: <c>predict</c> (predict, feedback), <c>review</c> (the review
/// queue) and <c>admin</c> (the stop switch).</summary>
/// <remarks>API keys and roles come in a later slice: <see cref="ForRole"/> is the one place where the role check goes
/// (<c>.RequireAuthorization(role)</c>), so every endpoint gets it by the group it is mapped in.</remarks>
internal static class EndpointGroups
{
    public const string Predict = "predict";
    public const string Review = "review";
    public const string Admin = "admin";

    /// <summary>A route group under <paramref name="prefix"/> for the callers holding <paramref name="role"/>.</summary>
    public static RouteGroupBuilder ForRole(this IEndpointRouteBuilder app, string role, string prefix) =>
        app.MapGroup(prefix).WithTags(role);
}

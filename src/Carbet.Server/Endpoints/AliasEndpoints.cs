using Carbet.Core;
using Carbet.Server.Security;
using Carbet.Tracking;
using Carbet.Tracking.Keys;
using Carbet.Tracking.Registry;

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Carbet.Server.Endpoints;

/// <summary>Moving and removing a model's aliases, for admins only; the registry audits each move with the key's name, and
/// the model host follows the move at its next poll.</summary>
internal static class AliasEndpoints
{
    /// <summary>The body of an alias move.</summary>
    /// <param name="Version">The version the alias should point at.</param>
    public sealed record AliasMove(int Version);

    public static void MapAliasEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/models/{model}/aliases/{alias}").RequireKeyRole(ApiKeyRole.Admin);
        group.MapPut("", SetAsync).WithName("SetAlias").WithSummary("Point an alias (e.g. champion) at a version. Admin keys only.");
        group.MapDelete("", RemoveAsync).WithName("RemoveAlias").WithSummary("Remove an alias. Admin keys only.");
    }

    private static Task<Results<Ok<AliasChange>, NotFound<ProblemDetails>>> SetAsync(string model, string alias, AliasMove move, IStore store,
        HttpContext http, CancellationToken ct) =>
        ChangeAsync(() => store.Models.SetAliasAsync(model, alias, move.Version, Actor(http), ct));

    private static Task<Results<Ok<AliasChange>, NotFound<ProblemDetails>>> RemoveAsync(string model, string alias, IStore store, HttpContext http,
        CancellationToken ct) =>
        ChangeAsync(() => store.Models.RemoveAliasAsync(model, alias, Actor(http), ct));

    // the registry refuses an unknown model, version or alias with a user error: its sentence and fix become the 404's
    private static async Task<Results<Ok<AliasChange>, NotFound<ProblemDetails>>> ChangeAsync(Func<Task<AliasChange>> change)
    {
        try
        {
            return TypedResults.Ok(await change());
        }
        catch (UserErrorException e)
        {
            return TypedResults.NotFound(new ProblemDetails { Title = e.Message, Detail = e.Fix });
        }
    }

    /// <summary>Who the audit log names: the key's name and id, or "anonymous" on a server without keys.</summary>
    public static string Actor(HttpContext http) =>
        http.User.FindFirst(ApiKeyAuthentication.KeyIdClaim)?.Value is { } id ? $"{http.User.Identity?.Name} (key {id})" : "anonymous";
}

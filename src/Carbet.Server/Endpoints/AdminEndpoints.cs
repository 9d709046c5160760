using Carbet.Server.Contracts;
using Carbet.Serving.Review;
using Carbet.Tracking.Reviews;

using Microsoft.AspNetCore.Http.HttpResults;

namespace Carbet.Server.Endpoints;

/// <summary><c>GET</c> and <c>POST /api/v1/admin/stop-switch</c>: while on, every prediction goes to review.</summary>
internal static class AdminEndpoints
{
    private const string DefaultActor = "admin";

    public static void MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.ForRole(EndpointGroups.Admin, "/api/v1/admin");
        group.MapGet("/stop-switch", (StopSwitch stopSwitch) => TypedResults.Ok(Dto(stopSwitch.State)))
            .WithName("GetStopSwitch").WithSummary("Whether every prediction goes to review, since when, who flipped it and why.");
        group.MapPost("/stop-switch", SetAsync).WithName("SetStopSwitch")
            .WithSummary("Turn the stop switch on (every prediction goes to review, reason \"stop switch\") or off, with a reason.")
            .Accepts<StopSwitchRequest>("application/json");
    }

    private static async Task<Results<Ok<StopSwitchDto>, ValidationProblem>> SetAsync(StopSwitchRequest request, StopSwitch stopSwitch, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.On is null)
            errors["on"] = ["Send true to send every prediction to review, false to restore the bands."];
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 250)
            errors["reason"] = ["Say why in 1 to 250 characters; it is kept in the audit log."];
        if (request.Actor is { } a && (string.IsNullOrWhiteSpace(a) || a.Length > 250))
            errors["actor"] = ["Leave actor out, or name who flips the switch in 1 to 250 characters."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "The stop switch request is incomplete.");
        var state = await stopSwitch.SetAsync(request.On!.Value, request.Reason!.Trim(), request.Actor?.Trim() ?? DefaultActor, ct);
        return TypedResults.Ok(Dto(state));
    }

    private static StopSwitchDto Dto(StopSwitchState s) => new(s.Model, s.On, s.Reason, s.Actor, s.At);
}

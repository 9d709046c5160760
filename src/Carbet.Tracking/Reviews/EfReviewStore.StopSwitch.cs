using Carbet.Tracking.Audit;
using Carbet.Tracking.Storage;
using Carbet.Tracking.Storage.Rows;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Reviews;

internal sealed partial class EfReviewStore
{
    public const string StopSwitchOn = "stop_switch.on";
    public const string StopSwitchOff = "stop_switch.off";

    public Task<StopSwitchState> GetStopSwitchAsync(string model, CancellationToken ct)
    {
        var name = Names.Check(model, "model");
        return engine.ReadAsync(async db => await LatestAsync(db, name, ct) is { } row ? ToState(row) : StopSwitchState.Never(name));
    }

    public Task<StopSwitchState> SetStopSwitchAsync(string model, bool on, string reason, string actor, CancellationToken ct)
    {
        var name = Names.Check(model, "model");
        var why = Names.Check(reason, "reason");
        var who = Names.Check(actor, "actor");
        return engine.WriteAsync(async db =>
        {
            var before = await LatestAsync(db, name, ct);
            var row = new ReviewSwitchRow { Model = name, IsOn = on, Reason = why, Actor = who, At = StoreTime.Now(time) };
            db.ReviewSwitch.Add(row);
            EfAuditLog.Add(db, row.At, who, on ? StopSwitchOn : StopSwitchOff, $"model/{name}",
                before is null ? null : Json(before.IsOn, before.Reason), Json(on, why));
            await db.SaveChangesAsync(ct);
            return ToState(row);
        }, ct);
    }

    private static Task<ReviewSwitchRow?> LatestAsync(StoreDbContext db, string model, CancellationToken ct) =>
        db.ReviewSwitch.AsNoTracking().Where(s => s.Model == model).OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);

    private static StopSwitchState ToState(ReviewSwitchRow row) => new(row.Model, row.IsOn, row.Actor, row.Reason, row.At);

    private static string Json(bool on, string reason) => StoreJson.Write(new Dictionary<string, object?> { ["on"] = on, ["reason"] = reason });
}

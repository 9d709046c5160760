using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Tracking.Storage;
using Carbet.Tracking.Storage.Rows;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Audit;

/// <summary>The audit log in the store's own tables, written by the registry in its transactions.</summary>
internal sealed class EfAuditLog(StoreEngine engine, TimeProvider time) : IAuditLog
{
    public const int MaxTake = 1000;

    public Task<ImmutableArray<AuditEvent>> ListAsync(string? subject, int take, CancellationToken ct)
    {
        if (take is < 1 or > MaxTake)
            throw new UserErrorException($"Cannot list {take} audit events at once.", $"Ask for 1 to {MaxTake} events.");
        return engine.ReadAsync(async db =>
        {
            var query = db.AuditEvents.AsNoTracking();
            if (subject is not null)
                query = query.Where(e => e.Subject == subject);
            var rows = await query.OrderByDescending(e => e.Id).Take(take).ToListAsync(ct);
            return rows.Select(r => new AuditEvent(r.Id, r.At, r.Actor, r.Action, r.Subject, r.Before, r.After)).ToImmutableArray();
        });
    }

    public Task<AuditEvent> RecordAsync(string actor, string action, string subject, string? before, string? after, CancellationToken ct)
    {
        var (who, what, about) = (Names.Check(actor, "actor"), Names.Check(action, "action"), Names.Check(subject, "subject"));
        return engine.WriteAsync(async db =>
        {
            var row = new AuditEventRow { At = StoreTime.Now(time), Actor = who, Action = what, Subject = about, Before = before, After = after };
            db.AuditEvents.Add(row);
            await db.SaveChangesAsync(ct);
            return new AuditEvent(row.Id, row.At, row.Actor, row.Action, row.Subject, row.Before, row.After);
        }, ct);
    }

    /// <summary>Adds an event to the context, to be saved in the caller's transaction.</summary>
    public static void Add(StoreDbContext db, DateTimeOffset at, string actor, string action, string subject, string? before, string? after) =>
        db.AuditEvents.Add(new AuditEventRow { At = at, Actor = actor, Action = action, Subject = subject, Before = before, After = after });
}

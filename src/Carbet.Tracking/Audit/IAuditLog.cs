using System.Collections.Immutable;

namespace Carbet.Tracking.Audit;

/// <summary>One change worth proving later: who did what to which subject, from what to what.</summary>
/// <param name="Action">What happened, such as <c>alias.set</c> or <c>version.delete</c>.</param>
/// <param name="Subject">What it happened to, such as <c>model/credit-risk</c>.</param>
public sealed record AuditEvent(long Id, DateTimeOffset At, string Actor, string Action, string Subject, string? Before, string? After);

/// <summary>The append-only log of changes; the store writes it in the same transaction as the change.</summary>
public interface IAuditLog
{
    /// <summary>The newest events first, optionally for one subject.</summary>
    Task<ImmutableArray<AuditEvent>> ListAsync(string? subject, int take, CancellationToken ct);

    /// <summary>Appends a decision that changes nothing else in the store, such as a choice made on an audit's evidence.</summary>
    Task<AuditEvent> RecordAsync(string actor, string action, string subject, string? before, string? after, CancellationToken ct);
}

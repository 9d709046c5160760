using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Carbet.Tracking.Storage;

/// <summary>What tests change when opening a store: EF interceptors (to inject failures) and a
/// migration to stop at (to build a store as an older Carbet left it).</summary>
internal sealed record StoreHooks
{
    public static StoreHooks None { get; } = new();

    public IReadOnlyList<IInterceptor> Interceptors { get; init; } = [];

    /// <value>The migration to migrate to, by name or id; null is the latest.</value>
    public string? TargetMigration { get; init; }
}

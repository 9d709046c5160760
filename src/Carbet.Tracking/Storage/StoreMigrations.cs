using System.Collections.Immutable;

using Carbet.Core;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Carbet.Tracking.Storage;

/// <summary>What an existing database holds, read without writing to it.</summary>
/// <param name="HasTables">Whether it holds tables other than EF's own bookkeeping.</param>
internal sealed record StoreInspection(bool HasTables, ImmutableArray<string> AppliedMigrations)
{
    public const string HistoryTable = "__EFMigrationsHistory";

    public static StoreInspection Empty { get; } = new(false, []);

    public static StoreInspection From(IEnumerable<string> tables, IEnumerable<string> applied) =>
        new(tables.Any(t => !t.StartsWith("__EF", StringComparison.Ordinal)), [.. applied.Order(StringComparer.Ordinal)]);
}

/// <summary>Decides whether a database can be opened by this build, then brings its schema up to date.</summary>
internal static class StoreMigrations
{
    /// <summary>Throws when the database belongs to something else or to a newer Carbet; writes nothing.</summary>
    public static void EnsureCompatible(StoreDbContext db, StoreInspection found, string description, Func<UserErrorException> notCarbet)
    {
        var known = db.Database.GetMigrations().ToList();
        if (found.AppliedMigrations.IsEmpty)
        {
            if (found.HasTables)
                throw notCarbet();
            return;
        }
        if (!found.AppliedMigrations.Contains(known[0], StringComparer.Ordinal))
            throw notCarbet();
        var unknown = found.AppliedMigrations.FirstOrDefault(m => !known.Contains(m, StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw new UserErrorException(
                $"The store at {description} was created by a newer version of Carbet (migration {unknown}).",
                "Upgrade carbet to the version that last wrote this store, or point --store at another store.");
        }
    }

    /// <summary>Applies pending migrations, up to <paramref name="target"/> when given; EF's migration lock
    /// (EF 9 and later) makes concurrent openers wait for each other.</summary>
    public static Task MigrateAsync(StoreDbContext db, string? target, CancellationToken ct) =>
        db.GetService<IMigrator>().MigrateAsync(target, ct);
}

using System.Data.Common;

using Carbet.Tracking.Runs;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Carbet.Tracking.Storage;

/// <summary>What differs between SQLite and PostgreSQL: contexts, bulk inserts, locks and error codes.</summary>
/// <remarks>Every operation uses a short-lived context of its own, so one engine serves concurrent callers.</remarks>
internal abstract partial class StoreEngine : IAsyncDisposable
{
    private const int Attempts = 5;

    /// <summary>Where the store lives, safe to print.</summary>
    public abstract string Description { get; }

    /// <summary>Appended to a SELECT of a run that is about to receive data: on PostgreSQL it makes a
    /// concurrent end of the run wait for the write; SQLite transactions already hold the write lock.</summary>
    public abstract string ForShare { get; }

    /// <summary>Appended to a SELECT of a row that serializes writers (a study whose trials are being claimed):
    /// on PostgreSQL concurrent writers queue on the row; SQLite transactions begin with the write lock
    /// (<c>BEGIN IMMEDIATE</c>), so they already queue.</summary>
    public abstract string ForUpdate { get; }

    /// <summary>Put before a statement run outside a transaction whose write may be lost if the server crashes
    /// (a trial's parameters or reports): on PostgreSQL it turns <c>synchronous_commit</c> off for that command's
    /// implicit transaction only, so its commit does not wait for the WAL flush; empty on SQLite, whose WAL commits
    /// (<c>synchronous = NORMAL</c>) already skip the fsync.</summary>
    public abstract string AsyncCommit { get; }

    public abstract StoreDbContext CreateContext();

    /// <summary>Appends metric rows inside the current transaction of <paramref name="db"/>, by the engine's bulk path.</summary>
    public abstract Task InsertMetricsAsync(StoreDbContext db, long runId, IReadOnlyList<MetricPoint> points, CancellationToken ct);

    /// <summary>A time as a parameter of hand-written SQL, in the column's storage type.</summary>
    public abstract object TimestampParameter(DateTimeOffset value);

    /// <summary>A time read by hand-written SQL from a column of the store's time type.</summary>
    public abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);

    /// <summary>Whether a failed write lost a race with a concurrent writer, so running it again will see the winner's row.</summary>
    protected abstract bool IsConflict(DbException exception);

    public abstract ValueTask DisposeAsync();

    /// <summary>Runs <paramref name="work"/> in one transaction on a fresh context, again when it loses a race.</summary>
    public async Task<T> WriteAsync<T>(Func<StoreDbContext, Task<T>> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = CreateContext();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var result = await work(db);
                await transaction.CommitAsync(ct);
                return result;
            }
            catch (Exception e) when (attempt < Attempts && IsConflict(e))
            {
                // another writer inserted the same unique key first; the next attempt reads its row
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction on a fresh context.</summary>
    public Task WriteAsync(Func<StoreDbContext, Task> work, CancellationToken ct) =>
        WriteAsync(async db =>
        {
            await work(db);
            return true;
        }, ct);

    /// <summary>Runs a read on a fresh context.</summary>
    public async Task<T> ReadAsync<T>(Func<StoreDbContext, Task<T>> work)
    {
        await using var db = CreateContext();
        return await work(db);
    }

    /// <summary>A command on the context's connection, enlisted in its current transaction.</summary>
    public static DbCommand Command(StoreDbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    public static DbParameter Parameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private bool IsConflict(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException db && IsConflict(db))
                return true;
        }
        return false;
    }
}

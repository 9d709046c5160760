using System.Data.Common;

using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Carbet.Tracking.Tests;

/// <summary>Throws right after the database ran an INSERT into one table: the row is written, the
/// transaction is still open, so only a rollback can remove it.</summary>
internal sealed class FailAfterInsertInterceptor(string table) : DbCommandInterceptor
{
    public sealed class InjectedFailure() : Exception("Injected failure after the insert.");

    public bool Fired { get; private set; }

    /// <summary>Whether the exception, or one it wraps, is the injected failure.</summary>
    public static bool IsInjected(Exception? e) => e is not null && (e is InjectedFailure || IsInjected(e.InnerException));

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    private void Check(DbCommand command)
    {
        // Npgsql quotes only names that need it; SQLite quotes every name
        if (command.CommandText.Contains($"INSERT INTO \"{table}\"", StringComparison.Ordinal)
            || command.CommandText.Contains($"INSERT INTO {table} ", StringComparison.Ordinal))
        {
            Fired = true;
            throw new InjectedFailure();
        }
    }
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text;

using Carbet.Core;
using Carbet.Tracking.Storage;
using Carbet.Tuning.Storage;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Studies;

internal sealed partial class EfStudyStorage
{
    private const string RunningOnly = $" AND t.state = '{TrialStateText.Running}'";

    private const string UpsertValue = $"""
        INSERT INTO trial_intermediate_values (trial_id, step, value)
        SELECT t.id, @step, @value FROM trials t WHERE t.uuid = @trial{RunningOnly}
        ON CONFLICT (trial_id, step) DO UPDATE SET value = excluded.value
        """;

    private const string Finish = $"""
        UPDATE trials SET state = @state, value = @value, message = @message, finished_at = @now
        WHERE uuid = @trial AND state = '{TrialStateText.Running}'
        """;

    private const string DescribeTrial =
        "SELECT t.number, t.state, s.name FROM trials t JOIN studies s ON s.id = t.study_id WHERE t.uuid = @trial";

    public Task SetParametersAsync(string trialId, IReadOnlyDictionary<string, double> parameters, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(trialId);
        var values = CheckParameters(parameters);
        return ExecuteAsync(async db =>
        {
            var written = values.Count == 0 ? 0 : await UpsertParametersAsync(db, engine.AsyncCommit, trialId, values, RunningOnly, ct);
            if (written < values.Count || values.Count == 0)
                await EnsureRunningAsync(db, trialId, "set its parameters", ct);
        }, ct);
    }

    public Task ReportAsync(string trialId, int step, double value, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(trialId);
        return ExecuteAsync(async db =>
        {
            await using var command = StoreEngine.Command(db, engine.AsyncCommit + UpsertValue);
            StoreEngine.Parameter(command, "@trial", trialId);
            StoreEngine.Parameter(command, "@step", step);
            StoreEngine.Parameter(command, "@value", double.IsNaN(value) ? null : value);
            if (await command.ExecuteNonQueryAsync(ct) == 0)
                await EnsureRunningAsync(db, trialId, "report a value", ct);
        }, ct);
    }

    public Task FinishTrialAsync(string trialId, TrialState state, double? value, string? message, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(trialId);
        if (state is not (TrialState.Complete or TrialState.Pruned or TrialState.Failed))
        {
            throw new UserErrorException($"A trial cannot finish as {TrialStateText.Format(state)}.",
                "Finish it as complete (with its value), pruned or failed (with the reason).");
        }
        if (state == TrialState.Complete && !(value is { } v && double.IsFinite(v)))
        {
            throw new UserErrorException($"Trial '{trialId}' cannot complete without a finite value (got {value?.ToString(CultureInfo.InvariantCulture) ?? "none"}).",
                "Finish it as failed, with the reason, when the objective gives no finite value.");
        }
        var at = StoreTime.Normalize(now);
        return ExecuteAsync(async db =>
        {
            await using var command = StoreEngine.Command(db, Finish);
            StoreEngine.Parameter(command, "@trial", trialId);
            StoreEngine.Parameter(command, "@state", TrialStateText.Format(state));
            StoreEngine.Parameter(command, "@value", value is { } x && !double.IsNaN(x) ? x : null);
            StoreEngine.Parameter(command, "@message", message);
            StoreEngine.Parameter(command, "@now", engine.TimestampParameter(at));
            if (await command.ExecuteNonQueryAsync(ct) == 0)
                await EnsureRunningAsync(db, trialId, "finish it", ct);
        }, ct);
    }

    /// <summary>Inserts or replaces parameters of the trial in one statement, after <paramref name="prefix"/> in the
    /// same command; <paramref name="filter"/> restricts the trial's state. Returns the rows written: fewer than asked
    /// means the trial is unknown or filtered out.</summary>
    private static async Task<int> UpsertParametersAsync(StoreDbContext db, string prefix, string trialId, ImmutableSortedDictionary<string, double> values, string? filter, CancellationToken ct)
    {
        var sql = new StringBuilder(prefix).Append("INSERT INTO trial_params (trial_id, name, value) SELECT t.id, p.column1, p.column2 FROM trials t, (VALUES ");
        for (var i = 0; i < values.Count; i++)
            sql.Append(CultureInfo.InvariantCulture, $"{(i > 0 ? ", " : "")}(@n{i}, @v{i})");
        sql.Append(") AS p WHERE t.uuid = @trial").Append(filter)
            .Append(" ON CONFLICT (trial_id, name) DO UPDATE SET value = excluded.value");
        await using var command = StoreEngine.Command(db, sql.ToString());
        StoreEngine.Parameter(command, "@trial", trialId);
        var index = 0;
        foreach (var (name, value) in values)
        {
            StoreEngine.Parameter(command, $"@n{index}", name);
            StoreEngine.Parameter(command, $"@v{index}", value);
            index++;
        }
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Explains why a write to a trial touched nothing: an unknown trial, or one that is not running.</summary>
    private static async Task EnsureRunningAsync(StoreDbContext db, string trialId, string what, CancellationToken ct)
    {
        await using var command = StoreEngine.Command(db, DescribeTrial);
        StoreEngine.Parameter(command, "@trial", trialId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            throw UnknownTrial(trialId);
        var (number, state, study) = (reader.GetInt32(0), reader.GetString(1), reader.GetString(2));
        if (state == TrialStateText.Running)
            return;
        throw new UserErrorException(
            $"Trial {number} of study '{study}' is {state}, not running, so you cannot {what}.",
            state == TrialStateText.Waiting
                ? "Claim it with StartTrialAsync first."
                : "A finished trial stays as it is; start a new trial to evaluate more.");
    }

    private static ImmutableSortedDictionary<string, double> CheckParameters(IReadOnlyDictionary<string, double> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            var checkedName = Names.Check(name, "parameter");
            if (!double.IsFinite(value))
                throw new UserErrorException($"Parameter '{checkedName}' is {value.ToString(CultureInfo.InvariantCulture)}.", "Give every parameter a finite value.");
            builder[checkedName] = value;
        }
        return builder.ToImmutable();
    }

    /// <summary>Runs <paramref name="work"/> on a fresh context with its connection open, outside a transaction:
    /// for single statements, which are atomic on their own.</summary>
    private async Task ExecuteAsync(Func<StoreDbContext, Task> work, CancellationToken ct)
    {
        await using var db = engine.CreateContext();
        await db.Database.OpenConnectionAsync(ct);
        await work(db);
    }
}

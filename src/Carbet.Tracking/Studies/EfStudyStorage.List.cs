using System.Collections.Immutable;

using Carbet.Tracking.Storage;
using Carbet.Tuning.Storage;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Studies;

internal sealed partial class EfStudyStorage
{
    // One command, three result sets: one round trip on PostgreSQL however many trials the study holds.
    private const string ListAll = """
        SELECT t.id, t.uuid, t.number, t.state, t.value, t.worker, t.started_at, t.finished_at, t.message
        FROM trials t JOIN studies s ON s.id = t.study_id WHERE s.uuid = @study ORDER BY t.number;
        SELECT p.trial_id, p.name, p.value
        FROM trial_params p JOIN trials t ON t.id = p.trial_id JOIN studies s ON s.id = t.study_id WHERE s.uuid = @study;
        SELECT v.trial_id, v.step, v.value
        FROM trial_intermediate_values v JOIN trials t ON t.id = v.trial_id JOIN studies s ON s.id = t.study_id WHERE s.uuid = @study;
        """;

    public async Task<ImmutableArray<TrialRecord>> ListTrialsAsync(string studyId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(studyId);
        await using var db = engine.CreateContext();
        await db.Database.OpenConnectionAsync(ct);
        await using var command = StoreEngine.Command(db, ListAll);
        StoreEngine.Parameter(command, "@study", studyId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var trials = new List<(long Id, TrialRecord Trial)>();
        var parameters = new Dictionary<long, ImmutableSortedDictionary<string, double>.Builder>();
        var values = new Dictionary<long, ImmutableSortedDictionary<int, double>.Builder>();
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetInt64(0);
            trials.Add((id, new TrialRecord(
                reader.GetString(1), studyId, reader.GetInt32(2), TrialStateText.Parse(reader.GetString(3)),
                ImmutableSortedDictionary<string, double>.Empty.WithComparers(StringComparer.Ordinal),
                reader.IsDBNull(4) ? null : reader.GetDouble(4),
                ImmutableSortedDictionary<int, double>.Empty,
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : engine.ReadTimestamp(reader, 6),
                reader.IsDBNull(7) ? null : engine.ReadTimestamp(reader, 7),
                reader.IsDBNull(8) ? null : reader.GetString(8))));
        }
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetInt64(0);
            if (!parameters.TryGetValue(id, out var builder))
                parameters[id] = builder = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
            builder[reader.GetString(1)] = reader.GetDouble(2);
        }
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetInt64(0);
            if (!values.TryGetValue(id, out var builder))
                values[id] = builder = ImmutableSortedDictionary.CreateBuilder<int, double>();
            builder[reader.GetInt32(1)] = reader.IsDBNull(2) ? double.NaN : reader.GetDouble(2);
        }
        var result = ImmutableArray.CreateBuilder<TrialRecord>(trials.Count);
        foreach (var (id, trial) in trials)
        {
            result.Add(trial with
            {
                Parameters = parameters.TryGetValue(id, out var p) ? p.ToImmutable() : trial.Parameters,
                IntermediateValues = values.TryGetValue(id, out var v) ? v.ToImmutable() : trial.IntermediateValues,
            });
        }
        return result.MoveToImmutable();
    }
}

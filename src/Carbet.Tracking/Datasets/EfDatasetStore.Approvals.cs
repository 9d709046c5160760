using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Tracking.Audit;
using Carbet.Tracking.Storage;
using Carbet.Tracking.Storage.Rows;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Datasets;

internal sealed partial class EfDatasetStore
{
    public Task<DatasetApproval> ApproveAsync(string datasetVersionId, string role, string by, string? note, CancellationToken ct)
    {
        var checkedRole = Names.Check(role, "role").ToLowerInvariant();
        var person = Names.Check(by, "approver");
        return engine.WriteAsync(async db =>
        {
            var version = await db.DatasetVersions.Include(v => v.Dataset).FirstOrDefaultAsync(v => v.Uuid == datasetVersionId, ct)
                ?? throw UnknownVersion(datasetVersionId);
            var row = new DatasetApprovalRow { DatasetVersionId = version.Id, Role = checkedRole, By = person, Note = note, At = StoreTime.Now(time) };
            db.DatasetApprovals.Add(row);
            EfAuditLog.Add(db, row.At, person, "dataset.approve", $"dataset/{version.Dataset!.Name}",
                null, StoreJson.Write(new Dictionary<string, object?> { ["version"] = version.Version, ["id"] = version.Uuid, ["role"] = checkedRole }));
            await db.SaveChangesAsync(ct);
            return new DatasetApproval(datasetVersionId, checkedRole, person, row.At, note);
        }, ct);
    }

    public Task<ImmutableArray<DatasetApproval>> ListApprovalsAsync(string datasetVersionId, CancellationToken ct) =>
        engine.ReadAsync(async db =>
        {
            var rows = await db.DatasetApprovals.AsNoTracking().Where(a => a.DatasetVersion!.Uuid == datasetVersionId)
                .OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync(ct);
            return rows.Select(a => new DatasetApproval(datasetVersionId, a.Role, a.By, a.At, a.Note)).ToImmutableArray();
        });

    private static UserErrorException UnknownVersion(string id) =>
        new($"No dataset version '{id}' in the store.", "List dataset versions with 'carbet data versions' and copy an id.");
}

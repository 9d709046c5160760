using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Tracking.Storage;
using Carbet.Tracking.Storage.Rows;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Datasets;

/// <summary>Dataset versions in the store's tables, numbered 1, 2, 3... per dataset.</summary>
/// <remarks>Registrations of one dataset queue on its row; unique indexes on (dataset, hash) and
/// (dataset, version) back this up, and the store retries a registration that lost a race.</remarks>
internal sealed partial class EfDatasetStore(StoreEngine engine, TimeProvider time) : IDatasetStore
{
    public Task<DatasetVersionSnapshot> RegisterVersionAsync(NewDatasetVersion version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(version);
        var name = Names.Check(version.Dataset, "dataset");
        var hash = CheckHash(version.ContentHash);
        if (version.Rows < 0)
            throw new UserErrorException($"Dataset '{name}' cannot have {version.Rows} rows.", "Give the number of rows, 0 or more.");
        var schemaJson = StoreJson.Write(version.Schema);
        return engine.WriteAsync(async db =>
        {
            var dataset = await db.Datasets.FirstOrDefaultAsync(d => d.Name == name, ct);
            if (dataset is null)
            {
                db.Datasets.Add(dataset = new DatasetRow { Name = name, CreatedAt = StoreTime.Now(time) });
                await db.SaveChangesAsync(ct);
            }
            // a no-op update takes the dataset's row lock on PostgreSQL, so concurrent registrations of one
            // dataset number their versions one after another instead of colliding on (dataset, version)
            await db.Datasets.Where(d => d.Id == dataset.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Name, d => d.Name), ct);
            var existing = await Query(db).FirstOrDefaultAsync(v => v.DatasetId == dataset.Id && v.ContentHash == hash, ct);
            if (existing is not null)
                return ToSnapshot(existing);
            long? parentId = null;
            if (version.ParentId is { } parent)
            {
                parentId = await db.DatasetVersions.Where(v => v.Uuid == parent).Select(v => (long?)v.Id).FirstOrDefaultAsync(ct)
                    ?? throw new UserErrorException($"The parent dataset version '{parent}' does not exist.",
                        "Register the parent version first, or leave the parent out.");
            }
            var last = await db.DatasetVersions.Where(v => v.DatasetId == dataset.Id).MaxAsync(v => (int?)v.Version, ct) ?? 0;
            var row = new DatasetVersionRow
            {
                Uuid = Guid.NewGuid().ToString("N"),
                DatasetId = dataset.Id,
                Version = last + 1,
                ContentHash = hash,
                SchemaJson = schemaJson,
                Rows = version.Rows,
                Source = version.Source,
                ParentId = parentId,
                Recipe = version.Recipe,
                CreatedAt = StoreTime.Now(time),
            };
            db.DatasetVersions.Add(row);
            await db.SaveChangesAsync(ct);
            return ToSnapshot(await Query(db).SingleAsync(v => v.Id == row.Id, ct));
        }, ct);
    }

    public Task<DatasetVersionSnapshot?> GetAsync(string id, CancellationToken ct) =>
        engine.ReadAsync(async db => await Query(db).FirstOrDefaultAsync(v => v.Uuid == id, ct) is { } row ? ToSnapshot(row) : null);

    public Task<ImmutableArray<DatasetVersionSnapshot>> ListVersionsAsync(string dataset, CancellationToken ct) =>
        engine.ReadAsync(async db =>
        {
            var rows = await Query(db).Where(v => v.Dataset!.Name == dataset).OrderBy(v => v.Version).ToListAsync(ct);
            return rows.Select(ToSnapshot).ToImmutableArray();
        });

    private static IQueryable<DatasetVersionRow> Query(StoreDbContext db) =>
        db.DatasetVersions.AsNoTracking().Include(v => v.Dataset).Include(v => v.Parent);

    private static DatasetVersionSnapshot ToSnapshot(DatasetVersionRow row) => new(
        row.Uuid, row.Dataset!.Name, row.Version, row.ContentHash, StoreJson.ReadSchema(row.SchemaJson), row.Rows,
        row.Source, row.Parent?.Uuid, row.Recipe, row.CreatedAt);

    private static string CheckHash(string hash)
    {
        var lower = hash?.Trim().ToLowerInvariant() ?? "";
        if (lower.Length != 64 || !lower.All(char.IsAsciiHexDigit))
        {
            throw new UserErrorException($"The content hash '{hash}' is not a sha256 in hex.",
                "Give the 64 hexadecimal characters of the data's sha256.");
        }
        return lower;
    }
}

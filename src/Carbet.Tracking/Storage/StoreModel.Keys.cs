using Carbet.Tracking.Storage.Rows;

using Microsoft.EntityFrameworkCore;

namespace Carbet.Tracking.Storage;

internal static partial class StoreModel
{
    public static void ConfigureApiKeys(ModelBuilder model) =>
        model.Entity<ApiKeyRow>(e =>
        {
            e.ToTable("api_keys");
            e.HasIndex(x => x.PublicId).IsUnique();
        });
}

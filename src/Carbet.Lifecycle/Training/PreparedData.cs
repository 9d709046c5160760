using Carbet.Core;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Tracking;
using Carbet.Tracking.Datasets;

namespace Carbet.Lifecycle.Training;

/// <summary>The prepared dataset version that training reads.</summary>
internal static class PreparedData
{
    public static async Task<DatasetVersionSnapshot> NewestAsync(IStore store, ProjectFile project, CancellationToken ct)
    {
        var versions = await store.Datasets.ListVersionsAsync(ProjectData.DatasetNames(project).Prepared, ct);
        return versions.IsEmpty
            ? throw new UserErrorException($"Project '{project.Name}' has no prepared dataset version to train on.", "Run carbet data prepare first.")
            : versions[^1];
    }
}

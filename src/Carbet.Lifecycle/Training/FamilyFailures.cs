using Carbet.Lifecycle.DataSteps;

namespace Carbet.Lifecycle.Training;

/// <summary>One family failing (a trainer that does not converge, a numeric error) does not stop the comparison: its child
/// run is marked failed with the reason, the parent run records it as <c>failed.&lt;family&gt;</c>, and the others go on.</summary>
internal static class FamilyFailures
{
    public static async Task<FamilyOutcome?> TryAsync(RecordedRun parent, string family, Func<Task<FamilyOutcome>> work,
        IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        try
        {
            return await work();
        }
#pragma warning disable CA1031 // any failure of one family's trainer is recorded and the comparison goes on
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            var reason = $"{e.GetType().Name}: {e.Message}";
            progress?.Report(new($"{family} failed and is left out: {reason}", 0.5));
            await parent.LogParamsAsync(new Dictionary<string, string> { ["failed." + family] = reason }, ct);
            return null;
        }
    }
}

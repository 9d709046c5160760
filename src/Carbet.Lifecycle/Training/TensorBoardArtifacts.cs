using Carbet.Core;
using Carbet.Lifecycle.DataSteps;
using Carbet.Modeling.Curves;

namespace Carbet.Lifecycle.Training;

/// <summary>Stores curves as a TensorBoard event file among a run's artifacts, under <c>tensorboard/&lt;name&gt;/</c>.</summary>
/// <remarks>Download the folder with <c>carbet runs artifact</c> and point <c>tensorboard --logdir</c> at it. A tuning step
/// logs its trials the same way: <see cref="CurveNames.TuningValue"/> by trial number and, from it,
/// <see cref="TrainingCurve.RunningBest"/> as <see cref="CurveNames.TuningBestValue"/>.</remarks>
internal static class TensorBoardArtifacts
{
    public const string Folder = "tensorboard";

    /// <summary>Logs <paramref name="curves"/> as one event file and returns its artifact path.</summary>
    public static async Task<string> LogAsync(RecordedRun run, string name, IEnumerable<TrainingCurve> curves, CarbetContext context, CancellationToken ct)
    {
        var path = $"{Folder}/{name}/{TensorBoardWriter.FileName(context.Time, Host())}";
        await run.LogBytesAsync(path, TensorBoardWriter.Encode(curves, context.Time), ct);
        return path;
    }

    // TensorBoard reads the host from the file name's last part; keep it to one path segment
    private static string Host()
    {
        var host = new string([.. Environment.MachineName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
        return host.Length == 0 ? "localhost" : host;
    }
}

namespace Carbet.Serving.Hosting;

public sealed partial class ModelHost
{
    private async Task PollAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Options.PollInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                try
                {
                    await RefreshAsync(ct);
                }
#pragma warning disable CA1031 // a store that does not answer must not stop the host: the models loaded keep serving
                catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    _log?.Invoke(new HostEvent("poll_failed", $"{Options.Model}: the registry did not answer; the versions in service stay.", e));
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}

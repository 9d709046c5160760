namespace Carbet.Lifecycle.Tuning;

/// <summary>Names this process in the trials it runs, so trials from several processes and machines can be told apart.</summary>
internal static class Workers
{
    public static string Id { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
}

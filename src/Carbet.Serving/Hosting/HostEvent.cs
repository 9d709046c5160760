namespace Carbet.Serving.Hosting;

/// <summary>Something the host did or failed to do, for the server's log and metrics; carries no input values.</summary>
/// <param name="Kind"><c>loaded</c>, <c>swapped</c>, <c>removed</c> or <c>poll_failed</c>.</param>
/// <param name="Message">A sentence for people.</param>
/// <param name="Error">The failure, for <c>poll_failed</c>.</param>
public sealed record HostEvent(string Kind, string Message, Exception? Error = null)
{
    /// <value>The alias that was loaded, swapped or removed; null for <c>poll_failed</c>.</value>
    public string? Alias { get; init; }

    /// <value>The version the alias points at now; null when it was removed or for <c>poll_failed</c>.</value>
    public int? Version { get; init; }
}

namespace Carbet.Serving.Logging;

/// <summary>What the prediction log has done since it started. At rest,
/// <c>Enqueued + Recovered = Written + Buffered + OnDisk + Dropped</c>.</summary>
/// <param name="Enqueued">Predictions handed to the log.</param>
/// <param name="Written">Predictions the store has taken.</param>
/// <param name="Buffered">Predictions held in memory, waiting for the store.</param>
/// <param name="Spilled">Predictions written to the disk buffer, in all.</param>
/// <param name="OnDisk">Predictions in the disk buffer now, waiting for the store.</param>
/// <param name="Recovered">Predictions found in the disk buffer at start, left by an earlier process.</param>
/// <param name="Dropped">Predictions lost because the memory and the disk buffer were both full (or there was no disk buffer).</param>
/// <param name="Failures">Writes the store refused or did not answer.</param>
public sealed record PredictionLogCounters(long Enqueued, long Written, long Buffered, long Spilled, long OnDisk, long Recovered, long Dropped, long Failures);

/// <summary>A change of the prediction log's state, for the server's log; carries no input values.</summary>
/// <param name="Kind"><c>store_down</c>, <c>store_back</c>, <c>spilled</c>, <c>recovered</c> or <c>dropped</c>.</param>
public sealed record PredictionLogEvent(string Kind, string Message, Exception? Error = null);

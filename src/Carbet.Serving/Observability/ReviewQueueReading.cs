namespace Carbet.Serving.Observability;

/// <summary>The review queue at one moment.</summary>
/// <param name="Backlog">Predictions waiting for a reviewer's decision.</param>
/// <param name="OverrideRate">Of the decisions taken, the share where the reviewer overrode the model, from 0 to 1;
/// null while no decision has been taken.</param>
public sealed record ReviewQueueReading(int Backlog, double? OverrideRate);

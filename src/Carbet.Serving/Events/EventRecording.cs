using Carbet.Serving.Logging;
using Carbet.Serving.Review;

namespace Carbet.Serving.Events;

/// <summary>What a consumer does with the predictions it publishes, as the HTTP API does: the stop switch sends them all to
/// review while it is on, and the prediction log stores each one (with its inputs, pseudonymised as configured).</summary>
/// <param name="Log">Stores every prediction published.</param>
/// <param name="StopSwitch">The model's stop switch, or null to leave bands as scored.</param>
public sealed record EventRecording(PredictionLog Log, StopSwitch? StopSwitch);

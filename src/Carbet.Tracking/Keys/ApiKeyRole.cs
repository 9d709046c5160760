namespace Carbet.Tracking.Keys;

/// <summary>What an API key may do on the server. Each role includes the ones before it.</summary>
public enum ApiKeyRole
{
    /// <summary>Ask for predictions and report outcomes.</summary>
    Predict,

    /// <summary>Also decide the predictions waiting in the review queue.</summary>
    Review,

    /// <summary>Also move aliases, flip the stop switch and manage the server.</summary>
    Admin,
}

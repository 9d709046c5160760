namespace Carbet.Tracking.Runs;

/// <summary>Where a run is in its life.</summary>
public enum RunStatus
{
    /// <summary>Started and not yet ended.</summary>
    Running,

    /// <summary>Ended normally.</summary>
    Finished,

    /// <summary>Ended by an error, or found running after a crash.</summary>
    Failed,
}

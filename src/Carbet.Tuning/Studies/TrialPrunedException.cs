namespace Carbet.Tuning.Studies;

/// <summary>Thrown by an objective to stop its trial as pruned, usually after <see cref="Trial.ShouldPruneAsync"/> said so.</summary>
public sealed class TrialPrunedException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public TrialPrunedException() : base("Pruned.") { }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public TrialPrunedException(string message) : base(message) { }

    /// <summary>Creates the exception with <paramref name="message"/> and the exception behind it.</summary>
    public TrialPrunedException(string message, Exception inner) : base(message, inner) { }
}

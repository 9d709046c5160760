namespace Carbet.Data.Profiling;

/// <summary>Something in the data worth checking before modelling.</summary>
/// <param name="Kind">What it is about.</param>
/// <param name="Column">The column concerned, or null for the whole table.</param>
/// <param name="Message">One sentence for people.</param>
public sealed record ProfileAlert(ProfileAlertKind Kind, string? Column, string Message);

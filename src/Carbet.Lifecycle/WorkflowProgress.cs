namespace Carbet.Lifecycle;

/// <summary>Where a long workflow is: the step it is on and how much of the whole is done (0 to 1).</summary>
public sealed record WorkflowProgress(string Step, double Fraction);

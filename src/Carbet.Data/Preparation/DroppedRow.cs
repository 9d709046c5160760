namespace Carbet.Data.Preparation;

/// <summary>A row a step dropped.</summary>
/// <param name="Line">The source line of the row.</param>
/// <param name="Step">The 1-based position of the step that dropped it.</param>
/// <param name="StepType">The type of that step.</param>
/// <param name="Reason">Why, such as <c>missing default_12m</c>.</param>
public sealed record DroppedRow(long Line, int Step, string StepType, string Reason);

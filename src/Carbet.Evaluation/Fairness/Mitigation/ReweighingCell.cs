namespace Carbet.Evaluation.Fairness;

/// <summary>One (group, label) cell of reweighing: how often it occurs, how often it would if group and label were independent,
/// and the weight that makes them so.</summary>
/// <param name="Group">The group's value of the sensitive attribute, or <c>(missing)</c>.</param>
/// <param name="Label">The label, 0 or 1.</param>
/// <param name="Count">The rows in the cell.</param>
/// <param name="ExpectedProbability">P(group)·P(label): the cell's share if group and label were independent.</param>
/// <param name="ObservedProbability">P(group, label): the cell's share of the rows.</param>
/// <param name="Weight">Expected over observed: the weight of each of the cell's rows.</param>
public sealed record ReweighingCell(
    string Group, int Label, long Count, double ExpectedProbability, double ObservedProbability, double Weight);

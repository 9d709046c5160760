using System.Collections.Immutable;

namespace Carbet.Tuning.Spaces;

/// <summary>Makes a parameter active only when a categorical parent takes one of some choices,
/// e.g. <c>drop_rate</c> only when <c>booster</c> is <c>dart</c>.</summary>
/// <param name="Parent">The name of the categorical parameter this one depends on.</param>
/// <param name="Choices">The parent's choice labels under which this parameter is active.</param>
public sealed record ParameterCondition(string Parent, ImmutableArray<string> Choices);

using System.Collections.Immutable;

using Carbet.Core;

namespace Carbet.Tuning.Spaces;

internal static class SearchSpaceValidation
{
    public static void Check(ImmutableArray<SearchParameter> parameters)
    {
        var seen = new Dictionary<string, SearchParameter>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            if (string.IsNullOrWhiteSpace(parameter.Name))
                throw new UserErrorException("A search space parameter has no name.", "Give every parameter a name.");
            if (seen.ContainsKey(parameter.Name))
                throw new UserErrorException($"Parameter '{parameter.Name}' appears twice in the search space.", $"Keep one '{parameter.Name}'.");
            CheckDistribution(parameter.Name, parameter.Distribution);
            if (parameter.Condition is { } condition)
                CheckCondition(parameter.Name, condition, seen);
            seen.Add(parameter.Name, parameter);
        }
    }

    private static void CheckDistribution(string name, Distribution d)
    {
        if (d.Kind == DistributionKind.Categorical)
        {
            if (d.Choices.IsDefaultOrEmpty)
                throw new UserErrorException($"Categorical parameter '{name}' has no choices.", $"Give '{name}' at least one choice.");
            if (d.Choices.Distinct(StringComparer.Ordinal).Count() != d.Choices.Length)
                throw new UserErrorException($"Categorical parameter '{name}' lists a choice twice.", $"Make the choices of '{name}' distinct.");
            return;
        }
        if (!double.IsFinite(d.Low) || !double.IsFinite(d.High))
            throw new UserErrorException($"Parameter '{name}' has a range that is not finite.", $"Give '{name}' finite low and high values.");
        if (d.Low > d.High)
            throw new UserErrorException($"Parameter '{name}' has low {F(d.Low)} above high {F(d.High)}.", $"Set the low of '{name}' at or below its high.");
        if (d.Kind == DistributionKind.LogFloat && d.Low <= 0)
            throw new UserErrorException($"Log-scale parameter '{name}' has low {F(d.Low)}, but a log scale needs positive values.", $"Set the low of '{name}' above 0, or make it a plain float.");
        if (d.Step is { } step && (!double.IsFinite(step) || step <= 0))
            throw new UserErrorException($"Parameter '{name}' has step {F(step)}, but a step must be positive.", $"Set the step of '{name}' above 0, or leave it out.");
        if (d.Kind == DistributionKind.LogInt && d.Low < 1)
            throw new UserErrorException($"Log-scale integer parameter '{name}' has low {F(d.Low)}, but a log scale of whole numbers starts at 1 or more.", $"Set the low of '{name}' to 1 or more, or make it a plain int.");
        if (d.Kind is DistributionKind.Int or DistributionKind.LogInt && (d.Low != Math.Floor(d.Low) || d.High != Math.Floor(d.High) || d.Step != Math.Floor(d.Step ?? 1)))
            throw new UserErrorException($"Integer parameter '{name}' has a bound or step that is not whole.", $"Give '{name}' whole low, high and step, or make it a float.");
    }

    private static void CheckCondition(string name, ParameterCondition condition, Dictionary<string, SearchParameter> earlier)
    {
        if (!earlier.TryGetValue(condition.Parent, out var parent) || parent.Distribution.Kind != DistributionKind.Categorical)
            throw new UserErrorException($"Parameter '{name}' depends on '{condition.Parent}', which is not a categorical parameter listed before it.",
                $"List the categorical '{condition.Parent}' before '{name}', or remove the condition.");
        var unknown = condition.Choices.IsDefaultOrEmpty ? ["(none)"] : condition.Choices.Except(parent.Distribution.Choices).ToArray();
        if (unknown.Length > 0)
            throw new UserErrorException($"Parameter '{name}' is active for '{condition.Parent}' = {string.Join(", ", unknown)}, which is not a choice of '{condition.Parent}'.",
                $"Use choices of '{condition.Parent}': {string.Join(", ", parent.Distribution.Choices)}.");
    }

    private static string F(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using System.Collections.Immutable;

namespace Carbet.Tuning.Spaces;

/// <summary>The hyperparameters a study searches, in order; a conditional parameter comes after its parent.</summary>
/// <remarks>Checked when built: an empty or inverted range, a log range reaching zero, a categorical without
/// choices or a condition on an unknown parent is refused with a <see cref="Core.UserErrorException"/> naming the parameter.</remarks>
public sealed class SearchSpace
{
    /// <summary>Builds and checks a space.</summary>
    public SearchSpace(IEnumerable<SearchParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = [.. parameters];
        SearchSpaceValidation.Check(Parameters);
    }

    /// <summary>The parameters, parents before the parameters they condition.</summary>
    public ImmutableArray<SearchParameter> Parameters { get; }

    /// <summary>The parameter called <paramref name="name"/>, or null.</summary>
    public SearchParameter? Find(string name) => Parameters.FirstOrDefault(p => p.Name == name);

    /// <summary>Whether <paramref name="parameter"/> is active given the values chosen so far for earlier parameters.</summary>
    public bool IsActive(SearchParameter parameter, IReadOnlyDictionary<string, double> chosen)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(chosen);
        if (parameter.Condition is not { } condition)
            return true;
        var parent = Find(condition.Parent)!;
        if (!IsActive(parent, chosen) || !chosen.TryGetValue(parent.Name, out var index))
            return false;
        return condition.Choices.Contains(parent.Distribution.Choices[(int)index]);
    }

    /// <summary>Checks a full set of values: every active parameter present and in range, no inactive or unknown one.</summary>
    public void CheckValues(IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var name in values.Keys.Where(n => Find(n) is null))
            throw new Core.UserErrorException($"Parameter '{name}' is not in the search space.",
                $"Use only these names: {string.Join(", ", Parameters.Select(p => p.Name))}.");
        foreach (var parameter in Parameters)
        {
            var active = IsActive(parameter, values);
            var present = values.TryGetValue(parameter.Name, out var value);
            if (active && !present)
                throw new Core.UserErrorException($"Parameter '{parameter.Name}' has no value.", $"Give '{parameter.Name}' a value.");
            if (!active && present)
                throw new Core.UserErrorException($"Parameter '{parameter.Name}' is set but its condition on '{parameter.Condition!.Parent}' does not hold.",
                    $"Remove '{parameter.Name}', or set '{parameter.Condition.Parent}' to one of: {string.Join(", ", parameter.Condition.Choices)}.");
            if (present && !parameter.Distribution.Contains(value))
                throw new Core.UserErrorException($"Parameter '{parameter.Name}' = {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside its distribution.",
                    $"Give '{parameter.Name}' a value from {parameter.Distribution.Low.ToString(System.Globalization.CultureInfo.InvariantCulture)} to {parameter.Distribution.High.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }
    }
}

using System.Collections.Immutable;

using Carbet.Core;

namespace Carbet.Modeling.Families;

/// <summary>Chosen hyperparameter values by name; a categorical holds the index of its choice.</summary>
public sealed record HyperParameters(ImmutableSortedDictionary<string, double> Values)
{
    /// <summary>No values given, so every parameter takes its default.</summary>
    public static HyperParameters None { get; } = new(ImmutableSortedDictionary.Create<string, double>(StringComparer.Ordinal));

    /// <summary>The given values; the parameters left out take their defaults.</summary>
    public static HyperParameters Of(params (HyperParameter Parameter, double Value)[] values) =>
        new(values.ToImmutableSortedDictionary(v => v.Parameter.Name, v => v.Value, StringComparer.Ordinal));

    /// <summary>Every parameter of <paramref name="space"/> at its default.</summary>
    public static HyperParameters Default(SearchSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        return new(space.Parameters.ToImmutableSortedDictionary(p => p.Name, p => p.Default, StringComparer.Ordinal));
    }

    /// <summary>The value of <paramref name="parameter"/>, or its default when none is given.</summary>
    public double Get(HyperParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return Values.TryGetValue(parameter.Name, out var value) ? value : parameter.Default;
    }

    /// <summary>The value of <paramref name="parameter"/> rounded to a whole number.</summary>
    public int GetInt(HyperParameter parameter) => (int)Math.Round(Get(parameter));

    /// <summary>Fails with a user error when a value is not in <paramref name="space"/> or out of its range.</summary>
    public void Validate(string family, SearchSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        foreach (var (name, value) in Values)
        {
            var parameter = space.Find(name) ?? throw new UserErrorException(
                $"'{name}' is not a hyperparameter of the {family} family.",
                $"Use one of: {string.Join(", ", space.Parameters.Select(p => p.Name))}.");
            if (!parameter.Contains(value))
                throw new UserErrorException(
                    $"The {family} hyperparameter '{name}' is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}, outside its range.",
                    $"Give a value from {parameter.Low.ToString(System.Globalization.CultureInfo.InvariantCulture)} to {parameter.High.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }
    }
}

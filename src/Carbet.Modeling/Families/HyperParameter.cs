using System.Collections.Immutable;

namespace Carbet.Modeling.Families;

/// <summary>One tunable setting of a model family: its range and the value used without tuning.</summary>
/// <param name="Name">The key in <see cref="HyperParameters.Values"/>, e.g. <c>learning_rate</c>.</param>
/// <param name="Low">The smallest value; 0 for a categorical.</param>
/// <param name="High">The largest value; the last index for a categorical.</param>
/// <param name="Default">The value used when none is given; an index for a categorical.</param>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Factories named after HyperParameterKind.")]
public sealed record HyperParameter(string Name, HyperParameterKind Kind, double Low, double High, double Default)
{
    /// <value>The labels of a categorical's indices. The default is empty.</value>
    public ImmutableArray<string> Choices { get; init; } = [];

    /// <summary>Whole numbers from <paramref name="low"/> to <paramref name="high"/>.</summary>
    public static HyperParameter Int(string name, int low, int high, int defaultValue) =>
        new(name, HyperParameterKind.Int, low, high, defaultValue);

    /// <summary>Real numbers from <paramref name="low"/> to <paramref name="high"/>.</summary>
    public static HyperParameter Float(string name, double low, double high, double defaultValue) =>
        new(name, HyperParameterKind.Float, low, high, defaultValue);

    /// <summary>Positive real numbers searched on a log scale.</summary>
    public static HyperParameter LogFloat(string name, double low, double high, double defaultValue) =>
        new(name, HyperParameterKind.LogFloat, low, high, defaultValue);

    /// <summary>Whole numbers from <paramref name="low"/> (at least 1) to <paramref name="high"/>, searched on a log scale.</summary>
    public static HyperParameter LogInt(string name, int low, int high, int defaultValue) =>
        new(name, HyperParameterKind.LogInt, low, high, defaultValue);

    /// <summary>One of <paramref name="choices"/>, the first by default.</summary>
    public static HyperParameter Categorical(string name, params string[] choices) =>
        new(name, HyperParameterKind.Categorical, 0, choices.Length - 1, 0) { Choices = [.. choices] };

    /// <summary>Whether <paramref name="value"/> lies in the range (and is whole, for integers and categoricals).</summary>
    public bool Contains(double value) =>
        value >= Low && value <= High && (Kind is HyperParameterKind.Float or HyperParameterKind.LogFloat || value == Math.Floor(value));
}

namespace Carbet.Tuning.Spaces;

/// <summary>One hyperparameter of a search space.</summary>
/// <param name="Name">The key in a trial's parameters, e.g. <c>learning_rate</c>.</param>
/// <param name="Distribution">The values it may take.</param>
/// <param name="Condition">When it is active; null when always.</param>
public sealed record SearchParameter(string Name, Distribution Distribution, ParameterCondition? Condition = null)
{
    /// <summary>The same parameter, active only when <paramref name="parent"/> takes one of <paramref name="choices"/>.</summary>
    public SearchParameter When(string parent, params string[] choices) => this with { Condition = new(parent, [.. choices]) };
}

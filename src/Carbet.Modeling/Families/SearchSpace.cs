using System.Collections.Immutable;

namespace Carbet.Modeling.Families;

/// <summary>The hyperparameters of a model family, in a fixed order.</summary>
public sealed record SearchSpace(ImmutableArray<HyperParameter> Parameters)
{
    /// <summary>A space with nothing to tune.</summary>
    public static SearchSpace Empty { get; } = new([]);

    /// <summary>The parameter called <paramref name="name"/>, or null.</summary>
    public HyperParameter? Find(string name) => Parameters.FirstOrDefault(p => p.Name == name);
}

using System.Collections.Immutable;

using Carbet.Core;

namespace Carbet.Modeling.Families;

/// <summary>The model families Carbet can train, by name.</summary>
public static class ModelFamilies
{
    /// <summary>Every family, baseline last.</summary>
    public static ImmutableArray<IModelFamily> All { get; } =
        [new LogisticFamily(), new LightGbmFamily(), new FastTreeFamily(), new FastForestFamily(), new SdcaFamily(), new BaselineFamily()];

    /// <summary>The family called <paramref name="name"/>; a user error naming the families when there is none.</summary>
    public static IModelFamily Get(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new UserErrorException($"'{name}' is not a model family.", $"Use one of: {string.Join(", ", All.Select(f => f.Name))}.");
}

using System.Collections.Immutable;

using Carbet.Core;

namespace Carbet.Modeling.Families;

/// <summary>The model families Carbet can train, by name.</summary>
public static class ModelFamilies
{
    /// <summary>Every family, baseline last; mlp is listed even where libtorch cannot load (see <see cref="Unavailable"/>).</summary>
    public static ImmutableArray<IModelFamily> All { get; } =
        [new LogisticFamily(), new LightGbmFamily(), new FastTreeFamily(), new FastForestFamily(), new SdcaFamily(), new MlpFamily(), new BaselineFamily()];

    /// <summary>Why <paramref name="family"/> cannot train in this process, or null when it can.</summary>
    public static string? Unavailable(IModelFamily family) => family is MlpFamily ? MlpFamily.Unavailable : null;

    /// <summary>The family called <paramref name="name"/>; a user error naming the families when there is none.</summary>
    public static IModelFamily Get(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new UserErrorException($"'{name}' is not a model family.", $"Use one of: {string.Join(", ", All.Select(f => f.Name))}.");
}

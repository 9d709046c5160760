using Carbet.Tracking;
using Carbet.Tracking.Registry;

namespace Carbet.Lifecycle.Training;

/// <summary>The alias a freshly trained version gets: the one asked for, else <c>champion</c> for a model's first champion,
/// else <c>challenger</c>; replacing a champion is a later, reviewed step.</summary>
internal static class NewVersionAlias
{
    public static async Task<AliasChange> PointAsync(IStore store, string model, int version, TrainOptions options, CancellationToken ct)
    {
        var alias = options.Alias ?? (await store.Models.ResolveAsync(model, Aliases.Champion, ct) is null ? Aliases.Champion : Aliases.Challenger);
        return await store.Models.SetAliasAsync(model, alias, version, options.Actor, ct);
    }
}

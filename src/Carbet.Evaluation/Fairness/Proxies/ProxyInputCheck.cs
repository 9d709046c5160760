using System.Globalization;

using Carbet.Core;

namespace Carbet.Evaluation.Fairness;

/// <summary>The bad inputs a user can pass to <see cref="ProxyDetection.Rank"/>, each a <see cref="UserErrorException"/>.</summary>
internal static class ProxyInputCheck
{
    public static void Validate(string attribute, IReadOnlyList<string?> sensitive, IReadOnlyList<ProxyFeature> features, ProxyOptions options)
    {
        CheckOptions(options);
        if (features.Count == 0)
        {
            throw new UserErrorException($"No features were given to rank as proxies of '{attribute}'.",
                "Pass the model's feature columns, one value per row.");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            ArgumentNullException.ThrowIfNull(feature);
            if (string.Equals(feature.Name, attribute, StringComparison.OrdinalIgnoreCase))
            {
                throw new UserErrorException($"Feature '{feature.Name}' is the sensitive attribute '{attribute}' itself.",
                    $"Leave '{feature.Name}' out of the features: the attribute trivially predicts itself.");
            }
            if (!seen.Add(feature.Name))
            {
                throw new UserErrorException($"Feature '{feature.Name}' is given twice.",
                    "Pass each feature column once.");
            }
            var length = feature switch
            {
                NumericProxyFeature numeric => numeric.Values.Length,
                CategoricalProxyFeature categorical => categorical.Values.Length,
                _ => throw new ArgumentException($"Unknown kind of feature: {feature.GetType().Name}.", nameof(features)),
            };
            if (length != sensitive.Count)
            {
                throw new UserErrorException(
                    Invariant($"Feature '{feature.Name}' has {length} values but the sensitive attribute '{attribute}' has {sensitive.Count}."),
                    "Pass both columns from the same table, one value per row in the same order.");
            }
        }
    }

    public static void CheckGroups(string attribute, IReadOnlyList<string> groupNames, int rows)
    {
        if (groupNames.Count >= 2)
            return;
        var found = groupNames.Count == 0 ? "no value" : $"only the value '{groupNames[0]}'";
        throw new UserErrorException(Invariant($"The sensitive attribute '{attribute}' has {found} on its {rows} rows, so nothing can predict it."),
            $"Check that '{attribute}' is the right column and was read correctly: it needs at least two groups.");
    }

    private static void CheckOptions(ProxyOptions options)
    {
        if (options.Folds < 2)
            throw Option(nameof(options.Folds), options.Folds, "at least 2");
        if (options.NumericBins < 2)
            throw Option(nameof(options.NumericBins), options.NumericBins, "at least 2");
        if (options.MaxRows < options.Folds)
            throw Option(nameof(options.MaxRows), options.MaxRows, "at least the number of folds");
    }

    private static UserErrorException Option(string name, int value, string range) =>
        new(Invariant($"Proxy option {name} is {value}."), $"Set {name} to {range}.");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

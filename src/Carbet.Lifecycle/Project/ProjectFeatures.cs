using System.Globalization;

using Carbet.Modeling.Features;

namespace Carbet.Lifecycle.Project;

/// <summary>Reads the <c>features:</c> section of carbet.yaml into <see cref="FeatureOptions"/>; absent keys keep its defaults.</summary>
internal static class ProjectFeatures
{
    public static readonly string[] Keys = ["max_onehot", "high_cardinality", "target_encoding_folds", "prior_weight", "hash_bits", "binning",
        "class_weights", "imbalance_threshold", "allow_sensitive", "selection"];

    private static readonly string[] SelectionKeys = ["tolerance", "candidates"];

    public static FeatureOptions Read(YamlMap? map, DataSection data)
    {
        if (map is null)
            return FeatureOptions.Default;
        var defaults = FeatureOptions.Default;
        var allowed = map.Strings("allow_sensitive");
        foreach (var column in allowed.Where(c => !data.Sensitive.Contains(c)))
        {
            throw map.Error("allow_sensitive", $"'features.allow_sensitive' names '{column}', which is not in data.sensitive.",
                $"Allow only columns listed in data.sensitive: {string.Join(", ", data.Sensitive)}.");
        }
        var selection = map.Map("selection", SelectionKeys);
        return new FeatureOptions
        {
            MaxOneHot = Int(map, "max_onehot", 2, 1000) ?? defaults.MaxOneHot,
            HighCardinality = Choice(map, "high_cardinality", [("target", HighCardinalityEncoding.Target), ("hash", HighCardinalityEncoding.Hash)]) ?? defaults.HighCardinality,
            TargetEncodingFolds = Int(map, "target_encoding_folds", 2, 20) ?? defaults.TargetEncodingFolds,
            TargetEncodingPriorWeight = Real(map, "prior_weight", 0, 1e6, lowOpen: true) ?? defaults.TargetEncodingPriorWeight,
            HashBits = Int(map, "hash_bits", 4, 20) ?? defaults.HashBits,
            Bins = Int(map, "binning", 0, 1000) is { } bins && bins != 1 ? bins
                : map.Has("binning") ? throw map.Error("binning", "'features.binning' is 1.", "Write 0 to keep numbers as they are, or 2 to 1000 quantile classes.") : 0,
            ClassWeights = Choice(map, "class_weights", [("auto", ClassWeighting.Auto), ("none", ClassWeighting.None), ("balanced", ClassWeighting.Balanced)]) ?? defaults.ClassWeights,
            ImbalanceThreshold = Real(map, "imbalance_threshold", 0, 0.5, lowOpen: false) ?? defaults.ImbalanceThreshold,
            AllowSensitive = allowed,
            Selection = selection is null ? null : new FeatureSelectionOptions
            {
                Tolerance = Real(selection, "tolerance", 0, 0.1, lowOpen: false) ?? new FeatureSelectionOptions().Tolerance,
                Candidates = Int(selection, "candidates", 1, 50) ?? new FeatureSelectionOptions().Candidates,
            },
        };
    }

    private static int? Int(YamlMap map, string key, int low, int high)
    {
        var value = map.Number(key);
        return value switch
        {
            null => null,
            var v when v >= low && v <= high && v == Math.Floor(v.Value) => (int)v,
            var v => throw map.Error(key, string.Create(CultureInfo.InvariantCulture, $"'{map.Path}.{key}' is {v}."), $"Write a whole number from {low} to {high}."),
        };
    }

    private static double? Real(YamlMap map, string key, double low, double high, bool lowOpen)
    {
        var value = map.Number(key);
        return value switch
        {
            null => null,
            var v when (lowOpen ? v > low : v >= low) && v <= high => v,
            var v => throw map.Error(key, string.Create(CultureInfo.InvariantCulture, $"'{map.Path}.{key}' is {v}."),
                string.Create(CultureInfo.InvariantCulture, $"Write a number {(lowOpen ? "above" : "from")} {low} {(lowOpen ? "up " : "")}to {high}.")),
        };
    }

    private static T? Choice<T>(YamlMap map, string key, (string Name, T Value)[] choices) where T : struct => map.String(key) switch
    {
        null => null,
        var text when choices.FirstOrDefault(c => c.Name == text) is { Name: not null } hit => hit.Value,
        var text => throw map.Error(key, $"'{map.Path}.{key}' is '{text}'.", $"Write one of: {string.Join(", ", choices.Select(c => c.Name))}."),
    };
}

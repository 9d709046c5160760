using System.Collections.Immutable;
using System.Globalization;

using YamlDotNet.RepresentationModel;

namespace Carbet.Lifecycle.Project;

/// <summary>The sections of carbet.yaml that serve the data steps: expectations, preparation, datasheet.</summary>
internal static class ProjectSections
{
    public static ImmutableArray<ExpectationSpec> ReadExpectations(YamlMap root)
    {
        if (root.Map("validation", ["expectations"]) is not { } validation)
            return [];
        return [.. validation.Sequence("expectations").Select(node =>
        {
            if (node is not YamlMappingNode map)
                throw YamlMap.WrongType(root.File, node, "validation.expectations", "a mapping such as {type: not_null, column: age}");
            var arguments = map.Children.ToImmutableSortedDictionary(
                e => YamlMap.KeyOf(root.File, "validation.expectations", e.Key),
                e => e.Value switch
                {
                    YamlScalarNode { Value: var v } => (object)(v ?? ""),
                    YamlSequenceNode s => s.Children.Select(c => (c as YamlScalarNode)?.Value ?? "").ToImmutableArray(),
                    _ => throw YamlMap.WrongType(root.File, e.Value, "validation.expectations", "values or lists of values"),
                },
                StringComparer.Ordinal);
            if (!arguments.TryGetValue("type", out var type) || type is not string typeName || typeName.Length == 0)
                throw YamlMap.WrongType(root.File, node, "validation.expectations[].type", "the expectation's type, such as not_null");
            return new ExpectationSpec(typeName, (int)node.Start.Line, arguments.Remove("type"));
        })];
    }

    public static PreparationSection ReadPreparation(YamlMap? map)
    {
        if (map is null)
            return new PreparationSection();
        var mappings = map.Map("category_mappings", allowed: null);
        var split = map.Map("split", ["validation", "test", "column"]);
        var (validation, test) = (split?.Number("validation") ?? 0.15, split?.Number("test") ?? 0.15);
        if (split is not null && !(validation >= 0 && test >= 0 && validation + test < 1))
        {
            throw map.Error("split", string.Create(CultureInfo.InvariantCulture, $"'preparation.split' gives validation {validation} and test {test}, which leave no rows to train on."),
                "Use shares of at least 0 that add up to less than 1, such as 0.15 and 0.15.");
        }
        return new PreparationSection
        {
            CategoryMappings = mappings is null ? ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>>.Empty
                : mappings.Keys.ToImmutableSortedDictionary(column => column, column => mappings.Pairs(column), StringComparer.Ordinal),
            UnitFixes = [.. map.Sequence("unit_fixes").Select(node => ReadUnitFix(YamlMap.From(map.File, "preparation.unit_fixes", node, ["column", "above", "divide_by", "below", "multiply_by"])))],
            Validation = validation,
            Test = test,
            SplitColumn = split?.String("column"),
            Missing = Choice(map, "missing", ["impute", "drop"]),
            Outliers = Choice(map, "outliers", ["clip", "flag", "none"]),
        };
    }

    private static string? Choice(YamlMap map, string key, string[] allowed) => map.String(key) switch
    {
        null => null,
        var value when allowed.Contains(value) => value,
        var value => throw map.Error(key, $"'preparation.{key}' is '{value}'.", $"Write one of: {string.Join(", ", allowed)}."),
    };

    private static UnitFixSpec ReadUnitFix(YamlMap fix)
    {
        const string Fix = "Write {column: c, above: 20000, divide_by: 12} or {column: c, below: 100, multiply_by: 1000}.";
        var multiply = fix.Has("below");
        var (threshold, factor) = multiply ? ("below", "multiply_by") : ("above", "divide_by");
        var (otherThreshold, otherFactor) = multiply ? ("above", "divide_by") : ("below", "multiply_by");
        if ((fix.Has(otherThreshold) ? otherThreshold : fix.Has(otherFactor) ? otherFactor : null) is { } other)
            throw fix.Error(other, $"'{other}' cannot be in a unit fix with '{threshold}', which goes with '{factor}'.", Fix);
        var column = fix.RequiredString("column");
        var limit = fix.Number(threshold) ?? throw fix.Error(threshold, $"the unit fix of '{column}' needs '{threshold}' (above or below).", Fix);
        var by = fix.Number(factor) ?? throw fix.Error(factor, $"the unit fix of '{column}' needs '{factor}'.", Fix);
        return by > 0 && double.IsFinite(by) && double.IsFinite(limit)
            ? new UnitFixSpec(column, limit, by, multiply)
            : throw fix.Error(factor, $"'{factor}' of the unit fix of '{column}' is {by.ToString(CultureInfo.InvariantCulture)}.", "Use a factor above 0, such as 12 or 1000.");
    }

    public static DatasheetSection ReadDatasheet(YamlMap? map) => map is null ? new DatasheetSection() : new DatasheetSection
    {
        Owner = map.String("owner"),
        Motivation = map.String("motivation"),
        Collection = map.String("collection"),
        IntendedUses = map.Strings("intended_uses"),
        UsesToAvoid = map.Strings("uses_to_avoid"),
        Retention = map.String("retention"),
        Refresh = map.String("refresh"),
        // the store keeps roles in lower case; so does the list they are checked against
        Approvers = map.Has("approvers") ? [.. map.Strings("approvers").Select(r => r.ToLowerInvariant()).Distinct()] : ["sponsor", "legal", "dpo"],
    };
}

using System.Collections.Immutable;

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
                e => ((YamlScalarNode)e.Key).Value ?? "",
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
        var split = map.Map("split", ["validation", "test"]);
        return new PreparationSection
        {
            CategoryMappings = mappings is null ? ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>>.Empty
                : mappings.Keys.ToImmutableSortedDictionary(column => column, column => mappings.Pairs(column), StringComparer.Ordinal),
            UnitFixes = [.. map.Sequence("unit_fixes").Select(node =>
            {
                var fix = YamlMap.From(map.File, "preparation.unit_fixes", node, ["column", "above", "divide_by", "below", "multiply_by"]);
                return fix.Has("below")
                    ? new UnitFixSpec(fix.RequiredString("column"), fix.Number("below") ?? 0, fix.Number("multiply_by") ?? 1, Multiply: true)
                    : new UnitFixSpec(fix.RequiredString("column"), fix.Number("above") ?? 0, fix.Number("divide_by") ?? 1, Multiply: false);
            })],
            Validation = split?.Number("validation") ?? 0.15,
            Test = split?.Number("test") ?? 0.15,
        };
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
        Approvers = map.Has("approvers") ? map.Strings("approvers") : ["sponsor", "legal", "dpo"],
    };
}

using System.Collections.Immutable;

using Carbet.Core;

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Carbet.Lifecycle.Project;

/// <summary>Reads carbet.yaml strictly: every key is known, every value has the right type, and every error names its line.</summary>
public static class ProjectFileLoader
{
    private static readonly string[] TopKeys = ["name", "usecase", "data", "task", "costs", "training", "kpis", "review", "gate", "schedule", "validation", "preparation", "datasheet", "energy", "features"];
    private static readonly string[] UseCaseKeys = ["need", "users", "decision", "result", "constraints"];
    private static readonly string[] DataKeys = ["source", "target", "positive", "id", "time", "sensitive", "exclude", "types", "alternatives", "missing"];
    private static readonly string[] SqlKeys = ["connection", "query"];
    private static readonly string[] PreparationKeys = ["category_mappings", "unit_fixes", "split", "missing", "outliers"];
    private static readonly string[] DatasheetKeys = ["owner", "motivation", "collection", "intended_uses", "uses_to_avoid", "retention", "refresh", "approvers"];

    /// <summary>Loads and checks a project file.</summary>
    public static ProjectFile Load(string path)
    {
        if (!File.Exists(path))
            throw new UserErrorException($"The project file '{path}' does not exist.", "Create one with 'carbet init <data file> --target <column>', or pass --project.");
        var name = System.IO.Path.GetFileName(path);
        var yaml = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            yaml.Load(reader);
        }
        catch (YamlException e)
        {
            throw new UserErrorException($"{name} line {e.Start.Line}: the YAML is malformed ({e.Message}).", "Fix the indentation or quoting on that line.", e);
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            throw new UserErrorException($"{name} line 1: the file is empty.", "Create it with 'carbet init <data file> --target <column>'.");
        if (yaml.Documents[0].RootNode is not YamlMappingNode)
            throw new UserErrorException($"{name} line {yaml.Documents[0].RootNode.Start.Line}: the file should be a mapping of keys such as name: and data:.", "Create it with 'carbet init <data file> --target <column>'.");
        var root = YamlMap.From(name, "", yaml.Documents[0].RootNode, TopKeys);
        var data = ReadData(root.Map("data", DataKeys) ?? throw root.Error("data", "'data' is missing.", "Add a data section with source and target."), path);
        return new ProjectFile(path, root.RequiredString("name"), ReadUseCase(root), data, ReadTask(root))
        {
            Costs = root.Map("costs", ["false_negative", "false_positive"]) is { } costs
                ? new ErrorCosts(costs.Number("false_negative") ?? 0, costs.Number("false_positive") ?? 0) : null,
            Expectations = ProjectSections.ReadExpectations(root),
            Preparation = ProjectSections.ReadPreparation(root.Map("preparation", PreparationKeys)),
            Datasheet = ProjectSections.ReadDatasheet(root.Map("datasheet", DatasheetKeys)),
            Training = TrainingSectionReader.Read(root.Map("training", TrainingSectionReader.Keys)),
            EnergyTerritory = ProjectEnergy.ReadTerritory(root.Map("energy", ["territory"])),
            Features = ProjectFeatures.Read(root.Map("features", ProjectFeatures.Keys), data),
            Review = ProjectReview.Read(root.Map("review", ProjectReview.Keys)),
        };
    }

    private static UseCaseCanvas ReadUseCase(YamlMap root)
    {
        if (root.Map("usecase", UseCaseKeys) is not { } map)
            return new UseCaseCanvas("", "", "", "probability");
        var result = map.String("result") ?? "probability";
        if (result is not ("probability" or "label" or "value"))
            throw map.Error("result", $"'usecase.result' is '{result}'.", "Write probability, label or value.");
        return new UseCaseCanvas(map.String("need") ?? "", map.String("users") ?? "", map.String("decision") ?? "", result)
        {
            Constraints = map.Pairs("constraints"),
        };
    }

    private static DataSection ReadData(YamlMap map, string projectPath)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(projectPath)) ?? ".";
        var types = map.Map("types", allowed: null) is { } typesMap
            ? typesMap.Keys.ToImmutableSortedDictionary(column => column, column => typesMap.String(column) is { } text && YamlMap.ParseName<ColumnKind>(text) is { } kind
                ? kind
                : throw typesMap.Error(column, $"'data.types.{column}' is '{typesMap.String(column)}'.", $"Write one of: {string.Join(", ", Enum.GetNames<ColumnKind>().Select(n => n.ToLowerInvariant()))}."),
                StringComparer.Ordinal)
            : ImmutableSortedDictionary<string, ColumnKind>.Empty;
        return new DataSection(ReadSource(map, "source", folder) ?? throw map.Error("source", "'data.source' is missing.", "Give a file path, or sql: {connection: ..., query: ...}."),
            map.RequiredString("target"))
        {
            Positive = map.String("positive"),
            Id = map.String("id"),
            Time = map.String("time"),
            Sensitive = map.Strings("sensitive"),
            Exclude = map.Strings("exclude"),
            Types = types,
            Alternatives = [.. map.Sequence("alternatives").Select(node => ReadSourceNode(map.File, "data.alternatives", node, folder))],
            MissingTokens = map.Has("missing") ? map.Strings("missing") : null,
        };
    }

    private static SourceSpec? ReadSource(YamlMap map, string key, string folder) =>
        map.Node(key) is { } node ? ReadSourceNode(map.File, "data." + key, node, folder) : null;

    private static SourceSpec ReadSourceNode(string file, string path, YamlNode node, string folder)
    {
        var line = (int)node.Start.Line;
        if (node is YamlScalarNode { Value: var value })
        {
            return string.IsNullOrWhiteSpace(value)
                ? throw new UserErrorException($"{file} line {line}: '{path}' is empty.", "Give a file path, or sql: {connection: ..., query: ...}.")
                : new SourceSpec(System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, value.Trim())), null, null, line);
        }
        var source = YamlMap.From(file, path, node, ["sql", "path"]);
        if (source.String("path") is { } filePath)
            return new SourceSpec(System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, filePath)), null, null, line);
        var sql = source.Map("sql", SqlKeys) ?? throw source.Error("sql", $"'{path}' names neither a file nor a query.", "Give a path, or sql: {connection: ..., query: ...}.");
        return new SourceSpec(null, sql.RequiredString("connection"), sql.RequiredString("query"), line);
    }

    private static TaskKind ReadTask(YamlMap root)
    {
        var text = root.String("task") ?? "binary";
        return YamlMap.ParseName<TaskKind>(text) is { } task
            ? task
            : throw root.Error("task", $"'task' is '{text}'.", "Write binary, multiclass or regression.");
    }
}

using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;

using YamlDotNet.RepresentationModel;

namespace Carbet.Lifecycle.Project;

/// <summary>A YAML mapping read strictly: unknown keys and wrong types are errors that name the file, line and key.</summary>
internal sealed class YamlMap
{
    private readonly Dictionary<string, YamlNode> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _keyLines = new(StringComparer.Ordinal);

    private YamlMap(string file, string path, YamlMappingNode node, IReadOnlyCollection<string>? allowed, int line)
    {
        File = file;
        Path = path;
        Line = line;
        foreach (var (keyNode, value) in node.Children)
        {
            var key = KeyOf(file, path, keyNode);
            if (allowed is not null && !allowed.Contains(key))
            {
                throw new UserErrorException($"{file} line {keyNode.Start.Line}: '{Join(path, key)}' is not a known key.",
                    $"Use one of: {string.Join(", ", allowed.Select(k => Join(path, k)))}.");
            }
            _entries[key] = value;
            _keyLines[key] = (int)keyNode.Start.Line;
        }
    }

    public string File { get; }

    public string Path { get; }

    public int Line { get; }

    /// <summary>Reads a mapping; a null <paramref name="allowed"/> accepts any key (mappings keyed by column names).</summary>
    public static YamlMap From(string file, string path, YamlNode node, IReadOnlyCollection<string>? allowed) =>
        From(file, path, node, allowed, (int)node.Start.Line);

    private static YamlMap From(string file, string path, YamlNode node, IReadOnlyCollection<string>? allowed, int line) => node is YamlMappingNode map
        ? new YamlMap(file, path, map, allowed, line)
        : throw WrongType(file, node, path, "a mapping of keys to values");

    /// <summary>The text of a mapping key; a key that is itself a list or mapping is an error.</summary>
    public static string KeyOf(string file, string path, YamlNode key) => key is YamlScalarNode { Value: var v }
        ? v ?? ""
        : throw WrongType(file, key, path.Length == 0 ? "a key" : $"a key under '{path}'", "a plain name");

    /// <summary>The member of <typeparamref name="TEnum"/> named <paramref name="text"/>, ignoring case; numbers and flag combinations are not names.</summary>
    public static TEnum? ParseName<TEnum>(string text) where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<TEnum>(name) : null;

    public IEnumerable<string> Keys => _entries.Keys;

    public bool Has(string key) => _entries.ContainsKey(key);

    public YamlNode? Node(string key) => _entries.GetValueOrDefault(key);

    /// <summary>The line of a key, or of this mapping when the key is absent.</summary>
    public int LineOf(string key) => _keyLines.TryGetValue(key, out var line) ? line : Line;

    // a child mapping's line is the line of its key, where a missing entry under it is best reported
    public YamlMap? Map(string key, IReadOnlyCollection<string>? allowed) =>
        Node(key) is { } node ? From(File, Join(Path, key), node, allowed, LineOf(key)) : null;

    public string RequiredString(string key) => String(key)
        ?? throw new UserErrorException($"{File} line {Line}: '{Join(Path, key)}' is missing.", $"Add '{key}:' under '{(Path.Length == 0 ? "the top level" : Path)}'.");

    public string? String(string key) => Node(key) switch
    {
        null => null,
        YamlScalarNode { Value: var v } when !string.IsNullOrWhiteSpace(v) => v.Trim(),
        YamlScalarNode => null,
        var node => throw WrongType(File, node, Join(Path, key), "a single value"),
    };

    public double? Number(string key)
    {
        var text = String(key);
        if (text is null)
            return null;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw WrongType(File, Node(key)!, Join(Path, key), "a number (with a decimal point)");
    }

    public ImmutableArray<string> Strings(string key) => Node(key) switch
    {
        null => [],
        YamlSequenceNode sequence => [.. sequence.Children.Select(c => c is YamlScalarNode { Value: { } v } ? v.Trim()
            : throw WrongType(File, c, Join(Path, key), "a single value in the list"))],
        YamlScalarNode { Value: { Length: > 0 } v } => [v.Trim()],
        YamlScalarNode => [],
        var node => throw WrongType(File, node, Join(Path, key), "a list such as [a, b]"),
    };

    public IEnumerable<YamlNode> Sequence(string key) => Node(key) switch
    {
        null => [],
        YamlSequenceNode sequence => sequence.Children,
        var node => throw WrongType(File, node, Join(Path, key), "a list"),
    };

    public ImmutableSortedDictionary<string, string> Pairs(string key)
    {
        if (Node(key) is not { } node)
            return ImmutableSortedDictionary<string, string>.Empty;
        if (node is not YamlMappingNode map)
            throw WrongType(File, node, Join(Path, key), "a mapping of names to values");
        return map.Children.ToImmutableSortedDictionary(
            e => KeyOf(File, Join(Path, key), e.Key),
            e => e.Value is YamlScalarNode { Value: var v } ? v ?? "" : throw WrongType(File, e.Value, Join(Path, key), "a single value"),
            StringComparer.Ordinal);
    }

    public UserErrorException Error(string key, string problem, string fix) =>
        new($"{File} line {(Node(key)?.Start.Line ?? Line)}: {problem}", fix);

    public static UserErrorException WrongType(string file, YamlNode node, string path, string expected) =>
        new($"{file} line {node.Start.Line}: '{path}' should be {expected}.", $"Write '{path}' as {expected}.");

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}

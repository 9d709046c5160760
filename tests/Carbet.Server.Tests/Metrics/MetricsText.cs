using System.Globalization;
using System.Text.RegularExpressions;

namespace Carbet.Server.Tests.Metrics;

/// <summary>The samples of a Prometheus text exposition, parsed just enough to read values back.</summary>
internal sealed partial class MetricsText(string text)
{
    public string Text { get; } = text;

    public IReadOnlyList<(string Name, Dictionary<string, string> Labels, double Value)> Samples { get; } = Parse(text);

    /// <summary>The sum of the samples named <paramref name="name"/> whose labels include every pair given.</summary>
    public double Sum(string name, params (string Label, string Value)[] labels) =>
        Matching(name, labels).Sum(s => s.Value);

    public IEnumerable<(string Name, Dictionary<string, string> Labels, double Value)> Matching(string name, params (string Label, string Value)[] labels) =>
        Samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Label, out var v) && v == l.Value));

    private static List<(string, Dictionary<string, string>, double)> Parse(string text)
    {
        var samples = new List<(string, Dictionary<string, string>, double)>();
        foreach (var line in text.Split('\n').Where(l => l.Length > 0 && l[0] != '#'))
        {
            var match = SampleLine().Match(line);
            Assert.True(match.Success, $"Not a sample line: {line}");
            var labels = LabelPair().Matches(match.Groups["labels"].Value)
                .ToDictionary(m => m.Groups[1].Value, m => Regex.Unescape(m.Groups[2].Value), StringComparer.Ordinal);
            samples.Add((match.Groups["name"].Value, labels, double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture)));
        }
        return samples;
    }

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)""")]
    private static partial Regex SampleLine();

    [GeneratedRegex("""(\w+)="((?:[^"\\]|\\.)*)""")]
    private static partial Regex LabelPair();
}

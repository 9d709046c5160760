using System.Globalization;
using System.Text.Json;

using Carbet.Testing;

namespace Carbet.Evaluation.Tests;

/// <summary>Reads ../shared/golden files and compares with the README's tolerance.</summary>
internal static class Golden
{
    public static JsonElement Json(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Repo.Shared("golden", file)));
        return document.RootElement.Clone();
    }

    /// <summary>The columns of a golden CSV by header name, every value parsed as a double.</summary>
    public static Dictionary<string, List<string>> Csv(string file)
    {
        var lines = File.ReadAllLines(Repo.Shared("golden", file));
        var header = lines[0].Split(',');
        var columns = header.ToDictionary(h => h, _ => new List<string>(lines.Length));
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split(',');
            for (var c = 0; c < header.Length; c++)
                columns[header[c]].Add(cells[c]);
        }
        return columns;
    }

    public static double[] Doubles(List<string> cells) => [.. cells.Select(c => double.Parse(c, CultureInfo.InvariantCulture))];

    public static int[] Ints(List<string> cells) => [.. cells.Select(c => int.Parse(c, CultureInfo.InvariantCulture))];

    public static void Close(double expected, double actual, string what)
    {
        var tolerance = expected == 0 ? 1e-12 : 1e-9 * Math.Abs(expected);
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: expected {expected:R}, got {actual:R}");
    }

    public static void Close(JsonElement parent, string key, double actual) => Close(parent.GetProperty(key).GetDouble(), actual, key);
}

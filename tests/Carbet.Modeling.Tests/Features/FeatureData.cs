using System.Globalization;
using System.Text;

using Carbet.Core;
using Carbet.Modeling.Training;

namespace Carbet.Modeling.Tests.Features;

/// <summary>A CSV with y driven by x and by the level of city (120 levels); noise is noise, uid unique per row, when a
/// date (or timestamp) rising with the row number; some x are blank. positiveShare sets the base rate.</summary>
internal static class FeatureData
{
    public static BinaryTrainingRequest Write(string path, int rows, double positiveShare = 0.5, bool timestamps = false, int seed = 42)
    {
        var random = new CarbetContext(seed).CreateRandom("features/csv");
        var cityEffect = Enumerable.Range(0, 120).Select(_ => (random.NextDouble() * 4) - 2).ToArray();
        var offset = Math.Log(positiveShare / (1 - positiveShare));
        var text = new StringBuilder("x,noise,color,city,uid,when,y\n");
        string[] colors = ["red", "green", "", "blue"];
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < rows; i++)
        {
            var (x, noise, city) = ((random.NextDouble() * 2) - 1, random.NextDouble(), random.Next(120));
            var p = 1 / (1 + Math.Exp(-(offset + (3 * x) + cityEffect[city])));
            var y = random.NextDouble() < p ? 1 : 0;
            var shown = i % 25 == 7 ? "" : x.ToString("R", CultureInfo.InvariantCulture);
            var when = start.AddHours(i * 7);
            var date = when.ToString(timestamps ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{shown},{noise:R},{colors[i % 4]},c{city},u{i},{date},{y}\n");
        }
        File.WriteAllText(path, text.ToString());
        return new BinaryTrainingRequest(path, "y", ["x", "noise"], ["color", "city"]) { DateFeatures = ["when"] };
    }
}

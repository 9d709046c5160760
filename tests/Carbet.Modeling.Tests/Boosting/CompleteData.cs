using System.Globalization;
using System.Text;

using Carbet.Core;
using Carbet.Modeling.Training;

namespace Carbet.Modeling.Tests.Boosting;

/// <summary>A CSV with no missing value: two informative numbers, an integer, a low- and a high-cardinality category,
/// and a rare positive class.</summary>
internal static class CompleteData
{
    public static BinaryTrainingRequest Write(string path, int rows, double positiveShare = 0.2)
    {
        var random = new CarbetContext(11).CreateRandom("boosting/csv");
        var text = new StringBuilder("a,b,count,region,shop,y\n");
        string[] regions = ["north", "south", "east", "west"];
        var shift = Math.Log(positiveShare / (1 - positiveShare));
        for (var i = 0; i < rows; i++)
        {
            var (a, b, count) = (random.NextDouble() * 2 - 1, random.NextDouble(), random.Next(0, 6));
            var (region, shop) = (random.Next(regions.Length), random.Next(60));
            var logit = shift + (2.5 * a) + (1.5 * a * b) + (0.3 * count) + (region == 1 ? 0.8 : 0) + (shop % 7 == 0 ? 1.2 : 0);
            var y = random.NextDouble() < 1 / (1 + Math.Exp(-logit)) ? 1 : 0;
            text.Append(CultureInfo.InvariantCulture, $"{a:R},{b:R},{count},{regions[region]},shop{shop},{y}\n");
        }
        File.WriteAllText(path, text.ToString());
        return new BinaryTrainingRequest(path, "y", ["a", "b", "count"], ["region", "shop"]);
    }
}

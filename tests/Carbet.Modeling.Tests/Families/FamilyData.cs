using System.Globalization;
using System.Text;

using Carbet.Core;
using Carbet.Modeling.Training;

namespace Carbet.Modeling.Tests.Families;

/// <summary>A CSV whose y depends on x through a logistic link; color is noise; some x are blank.</summary>
internal static class FamilyData
{
    public static BinaryTrainingRequest Write(string path, int rows, double signal)
    {
        var random = new CarbetContext(42).CreateRandom("families/csv");
        var text = new StringBuilder("x,noise,color,y\n");
        string[] colors = ["red", "green", "", "blue"];
        for (var i = 0; i < rows; i++)
        {
            var x = random.NextDouble() * 2 - 1;
            var noise = random.NextDouble();
            var p = 1 / (1 + Math.Exp(-signal * x * 2));
            var y = random.NextDouble() < p ? 1 : 0;
            var shown = i % 25 == 7 ? "" : x.ToString("R", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{shown},{noise:R},{colors[i % 4]},{y}\n");
        }
        File.WriteAllText(path, text.ToString());
        return new BinaryTrainingRequest(path, "y", ["x", "noise"], ["color"]);
    }
}

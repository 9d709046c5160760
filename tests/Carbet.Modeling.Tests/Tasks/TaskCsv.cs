using System.Globalization;
using System.Text;

using Carbet.Core;
using Carbet.Modeling.Tasks;

namespace Carbet.Modeling.Tests.Tasks;

/// <summary>Train and test CSVs where the target depends on x1, x2 and shade; noise is noise; some x1 are blank.</summary>
internal static class TaskCsv
{
    /// <summary>Three classes: the largest of three linear scores of x1 and x2, with some label noise.</summary>
    public static TaskTrainingRequest Multiclass(string folder, int rows = 360) =>
        Write(folder, TaskKind.Multiclass, rows, (x1, x2, shade, random) =>
        {
            double[] scores = [2 * x1, -2 * x1 + x2, 2 * x2 + shade];
            var best = Array.IndexOf(scores, scores.Max());
            return random.NextDouble() < 0.1 ? random.Next(3) : best;
        }) with
        { ClassCount = 3 };

    /// <summary>y = 10 + 3·x1 − 2·x2 + shade + Gaussian-ish noise.</summary>
    public static TaskTrainingRequest Regression(string folder, int rows = 360) =>
        Write(folder, TaskKind.Regression, rows, (x1, x2, shade, random) =>
            10 + (3 * x1) - (2 * x2) + shade + ((random.NextDouble() + random.NextDouble() - 1) * 0.5));

    private static TaskTrainingRequest Write(string folder, TaskKind task, int rows, Func<double, double, double, Random, double> target)
    {
        var random = new CarbetContext(7).CreateRandom("tasks/csv");
        string[] shades = ["dark", "light", "", "mid"];
        var (train, test) = (new StringBuilder("x1,x2,noise,shade,y\n"), new StringBuilder("x1,x2,noise,shade,y\n"));
        for (var i = 0; i < rows; i++)
        {
            var (x1, x2, noise) = ((random.NextDouble() * 2) - 1, (random.NextDouble() * 2) - 1, random.NextDouble());
            var shade = shades[i % 4];
            var y = target(x1, x2, shade == "dark" ? 1 : shade == "light" ? -1 : 0, random);
            var shown = i % 20 == 3 ? "" : x1.ToString("R", CultureInfo.InvariantCulture);
            (i % 5 == 0 ? test : train).Append(CultureInfo.InvariantCulture, $"{shown},{x2:R},{noise:R},{shade},{y:R}\n");
        }
        var (trainPath, testPath) = (Path.Combine(folder, "train.csv"), Path.Combine(folder, "test.csv"));
        File.WriteAllText(trainPath, train.ToString());
        File.WriteAllText(testPath, test.ToString());
        return new TaskTrainingRequest(task, trainPath, testPath, "y", ["x1", "x2", "noise"], ["shade"]);
    }
}

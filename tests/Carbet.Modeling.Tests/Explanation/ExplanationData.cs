using Carbet.Core;
using Carbet.Modeling.Families;
using Carbet.Modeling.Tests.Families;
using Carbet.Modeling.Training;

namespace Carbet.Modeling.Tests.Explanation;

/// <summary>A model fitted on <see cref="FamilyData"/> (x decides, noise and color do not) with its own held-out file.</summary>
internal sealed record ExplanationData(BinaryTrainingRequest Request, string HeldOutCsv, FamilyTrainingResult Fit)
{
    public static ExplanationData Train(string folder, string family, int rows = 2_000)
    {
        var all = FamilyData.Write(Path.Combine(folder, "all.csv"), rows, signal: 3);
        var lines = File.ReadAllLines(all.CsvPath);
        var (train, test) = (Path.Combine(folder, "train.csv"), Path.Combine(folder, "test.csv"));
        var cut = (rows * 3 / 4) + 1;
        File.WriteAllLines(train, [lines[0], .. lines[1..cut]]);
        File.WriteAllLines(test, [lines[0], .. lines[cut..]]);
        var request = all with { CsvPath = train, TestCsvPath = test };
        var fit = new FamilyTrainer(new CarbetContext(7)).Train(request, ModelFamilies.Get(family), HyperParameters.None, TestContext.Current.CancellationToken);
        return new ExplanationData(request, test, fit);
    }
}

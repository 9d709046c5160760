using Carbet.Core;
using Carbet.Lifecycle.Project;
using Carbet.Testing;

namespace Carbet.Lifecycle.Tests.Project;

public sealed class ProjectTrainingTests : IDisposable
{
    private const string Minimal = "name: p\ndata:\n  source: rows.csv\n  target: y\n";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ProjectFile Load(string yaml)
    {
        var path = _folder.File("carbet.yaml");
        File.WriteAllText(path, yaml);
        return ProjectFileLoader.Load(path);
    }

    [Fact]
    public void Load_NoTuningFolds_StudiesUseThreeFolds()
    {
        Assert.Equal(3, Load(Minimal).Training.Tuning.Folds);
        Assert.Equal(3, Load(Minimal + "training:\n  folds: 5\n  tuning: { trials: 10 }\n").Training.Tuning.Folds);
    }

    [Fact]
    public void Load_TuningFolds_ReadApartFromTheLeaderboardFolds()
    {
        var training = Load(Minimal + "training:\n  folds: 10\n  tuning: { trials: 10, folds: 5, sampler: random }\n").Training;

        Assert.Equal((10, 5, 10, "random"), (training.Folds, training.Tuning.Folds, training.Tuning.Trials, training.Tuning.Sampler));
    }

    [Theory]
    [InlineData("training:\n  tuning:\n    folds: 1\n", 7)]
    [InlineData("training:\n  tuning:\n    folds: 2.5\n", 7)]
    [InlineData("training:\n  tuning:\n    folds: 21\n", 7)]
    public void Load_BadTuningFolds_UserErrorNamingTheKeyAndLine(string section, int line)
    {
        var error = Assert.Throws<UserErrorException>(() => Load(Minimal + section));

        Assert.StartsWith($"carbet.yaml line {line}:", error.Message, StringComparison.Ordinal);
        Assert.Contains("training.tuning.folds", error.Message, StringComparison.Ordinal);
        Assert.Contains("2 to 20", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ParallelTrials_TwoUnlessSet()
    {
        Assert.Equal(2, Load(Minimal).Training.Tuning.ParallelTrials);
        Assert.Equal(1, Load(Minimal + "training:\n  tuning: { parallel_trials: 1 }\n").Training.Tuning.ParallelTrials);
    }

    [Theory]
    [InlineData("training:\n  tuning:\n    parallel_trials: 0\n")]
    [InlineData("training:\n  tuning:\n    parallel_trials: 1.5\n")]
    [InlineData("training:\n  tuning:\n    parallel_trials: 65\n")]
    public void Load_BadParallelTrials_UserErrorNamingTheKeyAndLine(string section)
    {
        var error = Assert.Throws<UserErrorException>(() => Load(Minimal + section));

        Assert.StartsWith("carbet.yaml line 7:", error.Message, StringComparison.Ordinal);
        Assert.Contains("training.tuning.parallel_trials", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 to 64", error.Fix, StringComparison.Ordinal);
    }
}

using System.Globalization;
using System.Text;

using Carbet.Core;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Training;
using Carbet.Testing;
using Carbet.Tracking;

namespace Carbet.Lifecycle.Tests.Training;

/// <summary>A small generated multiclass or regression project, initialised, prepared and trained once with three families.</summary>
public abstract class TaskProject : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public IStore Store { get; private set; } = null!;

    public TaskTrainSummary Summary { get; private set; } = null!;

    public List<string> Steps { get; } = [];

    /// <summary>The trials of the study of the best family at its defaults.</summary>
    public const int TuningTrials = 5;

    protected abstract TaskKind Task { get; }

    protected abstract string[] Families { get; }

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = _folder.File("rows.csv");
        await File.WriteAllTextAsync(data, Csv(Task, 400), ct);
        var path = _folder.File("carbet.yaml");
        await ProjectInitializer.WriteAsync(data, "outcome", "shapes", path, overwrite: false, ct);
        var project = ProjectFileLoader.Load(path);
        Assert.Equal(Task, project.Task);
        Store = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = _folder.Path }, ct);
        var context = new CarbetContext(CarbetContext.DefaultSeed);
        await new DataPrepareWorkflow(Store, context).RunAsync(project, null, ct);
        var options = new TrainOptions { Families = [.. Families], Folds = 3, Tuning = new TuningSection { Trials = TuningTrials } };
        Summary = await new TaskTrainWorkflow(Store, context).RunAsync(project, options, new Progress(Steps), ct);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>Rows whose outcome depends on x1, x2 and shade: a class (beta, alpha, gamma) or a number around 50.</summary>
    public static string Csv(TaskKind task, int rows)
    {
        var random = new CarbetContext(3).CreateRandom("task-project");
        string[] shades = ["dark", "light", "mid"];
        string[] classes = ["beta", "alpha", "gamma"];
        var text = new StringBuilder("x1,x2,shade,outcome\n");
        for (var i = 0; i < rows; i++)
        {
            var (x1, x2, shade) = ((random.NextDouble() * 2) - 1, (random.NextDouble() * 2) - 1, i % 3);
            var lift = shade == 0 ? 1.0 : shade == 1 ? -1.0 : 0.0;
            double[] scores = [2 * x1, -2 * x1 + x2, 2 * x2 + lift];
            var outcome = task == TaskKind.Multiclass
                ? classes[Array.IndexOf(scores, scores.Max())]
                : (50 + (8 * x1) - (5 * x2) + (3 * lift) + random.NextDouble()).ToString("0.###", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{x1:0.####},{x2:0.####},{shades[shade]},{outcome}\n");
        }
        return text.ToString();
    }

    private sealed class Progress(List<string> steps) : IProgress<WorkflowProgress>
    {
        public void Report(WorkflowProgress value) => steps.Add(value.Step);
    }
}

/// <summary>The multiclass project, trained with logistic, lightgbm and baseline.</summary>
public sealed class MulticlassProject : TaskProject
{
    protected override TaskKind Task => TaskKind.Multiclass;

    protected override string[] Families => ["logistic", "lightgbm", "baseline"];
}

/// <summary>The regression project, trained with sdca, lightgbm and baseline.</summary>
public sealed class RegressionProject : TaskProject
{
    protected override TaskKind Task => TaskKind.Regression;

    protected override string[] Families => ["sdca", "lightgbm", "baseline"];
}

using Carbet.Core;

namespace Carbet.Lifecycle.Demo;

/// <summary>What <c>carbet demo</c> generates and trains.</summary>
public sealed record DemoOptions
{
    /// <summary>The experiment and the registered model the demo records into.</summary>
    public const string ModelName = "credit-risk";

    /// <value>The folder that receives <c>demo-world/</c>. The default is the current directory.</value>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <value>The seed of the world and of the model. The default is <see cref="CarbetContext.DefaultSeed"/>.</value>
    public int Seed { get; init; } = CarbetContext.DefaultSeed;

    /// <value>Months of applications to generate. The default is 24.</value>
    public int Months { get; init; } = 24;

    /// <value>Applications per month. The default is 2,000.</value>
    public int ApplicationsPerMonth { get; init; } = 2_000;

    /// <value>The first months, whose outcomes are known, that the model learns from; later months play production. The default is 12.</value>
    public int TrainingMonths { get; init; } = 12;

    /// <value>Trials of the study that tunes the best family (45 seconds at most); 0 turns tuning off. The default is 12.</value>
    public int TuningTrials { get; init; } = 12;

    /// <value>Who the alias change is recorded for. The default is the operating-system user.</value>
    public string Actor { get; init; } = Environment.UserName;
}

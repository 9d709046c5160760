using Carbet.Core;
using Carbet.Serving.Scoring;
using Carbet.Serving.Validation;
using Carbet.Tracking.Registry;

namespace Carbet.Serving.Hosting;

/// <summary>Which model a <see cref="ModelHost"/> serves and how it checks and bands rows.</summary>
public sealed record ModelHostOptions
{
    /// <value>The registered model's name.</value>
    public required string Model { get; init; }

    /// <value>The alias served when a request names none. The default is <c>champion</c>.</value>
    public string Alias { get; init; } = Aliases.Champion;

    /// <value>A fixed version served instead of <see cref="Alias"/> when a request names none. The default, null, follows the alias.</value>
    public int? Version { get; init; }

    /// <value>How often the registry is asked where the aliases point. The default is 5 seconds.</value>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <value>The scores that go to review (<c>review.band</c> of carbet.yaml). The default, null, has no band.</value>
    public ReviewBand? ReviewBand { get; init; }

    /// <value>How rows are checked against the signature and training domain.</value>
    public ValidationOptions Validation { get; init; } = new();

    /// <value>The seed of the model's ML.NET context. The default is <see cref="CarbetContext.DefaultSeed"/>.</value>
    public int Seed { get; init; } = CarbetContext.DefaultSeed;
}

namespace Carbet.Web.Tests;

/// <summary>The tests that start a server share one collection, so they run one at a time: pages list the newest reviews
/// and runs of the shared store, and the machines have few cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OneServerAtATime
{
    public const string Name = "web";
}

using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Tests;

public sealed class TrialStateTests
{
    [Fact]
    public void States_AreOptunasFive() =>
        Assert.Equal(["Waiting", "Running", "Complete", "Pruned", "Failed"], Enum.GetNames<TrialState>());
}

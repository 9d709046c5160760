using Carbet.Modeling.Neural;
using Carbet.Testing;

namespace Carbet.Modeling.Tests.Neural;

/// <summary>Skips a test when libtorch cannot load here, and fails it in CI, which must be able to train the neural family.</summary>
internal static class TorchAvailable
{
    public static void Require()
    {
        if (TorchRuntime.Unavailable is { } reason)
            Services.Missing($"The mlp family is unavailable: {reason}");
    }
}

using Xunit;

namespace Carbet.Testing;

/// <summary>How tests treat a missing external service: skip locally, fail in CI.</summary>
public static class Services
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the test with the reason, or fails it when <c>CI=true</c>: a skip must never hide a missing install step.</summary>
    public static void Missing(string reason)
    {
        if (InCi)
            Assert.Fail($"{reason} CI must install and start it (see .ci/run).");
        Assert.Skip($"{reason} Install it to run this test (see .ci/run); it skips locally and fails in CI.");
    }
}

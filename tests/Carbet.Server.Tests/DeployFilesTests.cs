using System.Net;
using System.Text.RegularExpressions;

using Carbet.Serving.Tests;
using Carbet.Testing;

namespace Carbet.Server.Tests;

/// <summary>The deployment files cannot be built here (no container engine, no cluster), so their settings are checked
/// against the server itself: the probes answer, the port is the one the image listens on.</summary>
public sealed partial class DeployFilesTests(TrainedStore trained)
{
    [Fact]
    public async Task Kubernetes_ProbePaths_AnswerOnARunningServer()
    {
        var manifest = await File.ReadAllTextAsync(Repo.Path("deploy", "kubernetes", "carbet.yaml"), TestContext.Current.CancellationToken);
        var paths = ProbePath().Matches(manifest).Select(m => m.Groups[1].Value).ToList();
        await using var server = await RunningServer.StartAsync(trained);

        Assert.Equal(["/health/ready", "/health/live"], paths);
        foreach (var path in paths)
        {
            using var response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Contains("/metrics", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImageComposeAndManifest_AgreeOnPortStoreVariableAndModel()
    {
        var ct = TestContext.Current.CancellationToken;
        var dockerfile = await File.ReadAllTextAsync(Repo.Path("deploy", "Dockerfile"), ct);
        var compose = await File.ReadAllTextAsync(Repo.Path("deploy", "compose", "compose.yaml"), ct);
        var manifest = await File.ReadAllTextAsync(Repo.Path("deploy", "kubernetes", "carbet.yaml"), ct);

        Assert.Contains("serve --urls http://0.0.0.0:8080", dockerfile, StringComparison.Ordinal);
        Assert.Contains("EXPOSE 8080", dockerfile, StringComparison.Ordinal);
        Assert.Contains("\"8081:8080\"", compose, StringComparison.Ordinal);
        Assert.Contains("containerPort: 8080", manifest, StringComparison.Ordinal);
        Assert.All([compose, manifest], text => Assert.Contains("CARBET_STORE", text, StringComparison.Ordinal));
        Assert.All([dockerfile, compose, manifest], text => Assert.Contains("CARBET_MODEL", text, StringComparison.Ordinal));
        Assert.Contains("src/Carbet.Cli", dockerfile, StringComparison.Ordinal);
        Assert.True(File.Exists(Repo.Path("src", "Carbet.Cli", "Carbet.Cli.csproj")));
    }

    [GeneratedRegex(@"httpGet: \{ path: (/[a-z/]+), port: http \}")]
    private static partial Regex ProbePath();
}

using System.Diagnostics;

using Carbet.Testing;

namespace Carbet.Cli.Tests;

public sealed class PackagingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task PackThenToolInstall_GivesACarbetCommand()
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var packages = Path.Combine(_folder.Path, "packages");
        var pack = await RunAsync("dotnet", "pack", Repo.Path("src", "Carbet.Cli", "Carbet.Cli.csproj"), "--no-build", "-c", configuration, "-o", packages);
        Assert.True(pack.ExitCode == 0, pack.Output);
        Assert.Single(Directory.GetFiles(packages, "Carbet.Cli.*.nupkg"));

        var tools = Path.Combine(_folder.Path, "tools");
        var install = await RunAsync("dotnet", "tool", "install", "Carbet.Cli", "--tool-path", tools, "--add-source", packages);
        Assert.True(install.ExitCode == 0, install.Output);

        var help = await RunAsync(Path.Combine(tools, "carbet"), "--help");
        Assert.True(help.ExitCode == 0, help.Output);
        Assert.Contains("demo", help.Output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = _folder.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}

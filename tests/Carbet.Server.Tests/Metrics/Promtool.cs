using System.Diagnostics;

using Carbet.Testing;

namespace Carbet.Server.Tests.Metrics;

/// <summary>Debian's <c>promtool</c> (package <c>prometheus</c>, installed by .ci/run): skips locally when absent, fails in CI.</summary>
internal static class Promtool
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string? stdin, params string[] arguments)
    {
        var path = Find() ?? Missing();
        var start = new ProcessStartInfo(path) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var ct = TestContext.Current.CancellationToken;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        if (stdin is not null)
            await process.StandardInput.WriteAsync(stdin.AsMemory(), ct);
        process.StandardInput.Close();
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, (await output) + (await errors));
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "promtool")).FirstOrDefault(File.Exists);

    private static string Missing()
    {
        Services.Missing("promtool (Debian package prometheus) is not installed.");
        return "";
    }
}

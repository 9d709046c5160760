using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Carbet.Cli.Tests;

/// <summary>Runs the built <c>carbet</c> as a user would: a separate process in a folder of its own.</summary>
internal static partial class CarbetProcess
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string All => Output + Error;
    }

    public static async Task<Result> RunAsync(string folder, params string[] args)
    {
        using var process = Start(folder, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>Starts a long-running command, such as <c>carbet serve</c>, with its output redirected.</summary>
    public static Process Start(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "carbet.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment.Remove("CARBET_STORE");
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "240";
        return Process.Start(start)!;
    }

    /// <summary>Reads the output into <paramref name="output"/> until the "Listening on URL" line and returns the URL.</summary>
    public static async Task<string> UrlAsync(Process serve, StringBuilder output, TimeSpan wait, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(wait);
        while (await serve.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            output.AppendLine(line);
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                _ = serve.StandardOutput.ReadToEndAsync(ct);
                _ = serve.StandardError.ReadToEndAsync(ct);
                return match.Groups[1].Value;
            }
        }
        throw new InvalidOperationException("carbet exited before listening: " + output + await serve.StandardError.ReadToEndAsync(ct));
    }

    /// <summary>Sends SIGTERM, as a service manager stops the server, and returns the exit code.</summary>
    public static async Task<int> StopAsync(Process serve, CancellationToken ct)
    {
        using (var term = Process.Start("kill", ["-TERM", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await term.WaitForExitAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await serve.WaitForExitAsync(timeout.Token);
        return serve.ExitCode;
    }

    [GeneratedRegex(@"^Listening on (http://127\.0\.0\.1:\d+);")]
    private static partial Regex ListeningLine();
}

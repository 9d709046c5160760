using System.Diagnostics;
using System.Text.Json;

using Carbet.Testing;

namespace Carbet.Modeling.Tests.Curves;

/// <summary>Runs read_events.py, a reader that shares no code with Carbet, on an event file.</summary>
internal static class EventFileReader
{
    private const string Python = "/usr/bin/python3";

    public static JsonElement Read(string path)
    {
        var (exitCode, output, error) = TryRead(path);
        Assert.True(exitCode == 0, $"read_events.py failed: {error}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    public static (int ExitCode, string Output, string Error) TryRead(string path)
    {
        if (!File.Exists(Python) || Run("-c", "import google.protobuf").ExitCode != 0)
            Services.Missing($"{Python} with the protobuf module (Debian package python3-protobuf) is not installed.");
        return Run(Path.Combine(AppContext.BaseDirectory, "Curves", "read_events.py"), path);
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Python} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}

using System.Diagnostics;
using System.Globalization;

using Microsoft.Data.Sqlite;

namespace Carbet.Bench.Serving;

/// <summary>The <c>carbet serve</c> process under test, seen from outside: its resident memory, its graceful stop, and the
/// predictions it logged in its SQLite store.</summary>
internal sealed class ServerProcess(int pid, string database)
{
    public long ResidentKiB()
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    /// <summary>SIGTERM, then waits for the process to flush its prediction log and exit.</summary>
    public async Task StopAsync(TimeSpan wait)
    {
        using (var kill = Process.Start("kill", ["-TERM", pid.ToString(CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        var stopwatch = Stopwatch.StartNew();
        while (Directory.Exists($"/proc/{pid}") && stopwatch.Elapsed < wait)
            await Task.Delay(100);
    }

    public long LoggedPredictions()
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM predictions";
        return (long)command.ExecuteScalar()!;
    }

    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[..3] is var parts ? string.Join(" ", parts) : "";
}

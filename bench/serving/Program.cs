using System.Globalization;

using Carbet.Bench.Serving;

// Usage:
//   Carbet.Bench.Serving ceiling --urls URL
//   Carbet.Bench.Serving drive --server URL --ceiling URL --key KEY --body FILE --model NAME --pid PID --store DB
//       [--connections 16] [--seconds 10] [--rate 1000] [--soak-seconds 600] [--versions 1,2]
// bench/serving/run.sh starts both servers and passes these.
if (args.Length > 0 && args[0] == "ceiling")
{
    await Ceiling.RunAsync(Option("--urls", "http://127.0.0.1:5091"));
    return 0;
}
if (args.Length == 0 || args[0] != "drive")
{
    Console.Error.WriteLine("Usage: Carbet.Bench.Serving ceiling --urls URL | drive --server URL --ceiling URL --key KEY --body FILE --model NAME --pid PID --store DB [...]");
    return 2;
}
var settings = new DriveSettings(
    new Uri(Option("--server", null)), new Uri(Option("--ceiling", null)), Option("--key", null), Option("--model", "credit-risk"),
    await File.ReadAllTextAsync(Option("--body", null)), new ServerProcess(int.Parse(Option("--pid", null), CultureInfo.InvariantCulture), Option("--store", null)),
    Int("--connections", 16), TimeSpan.FromSeconds(Int("--seconds", 10)), Int("--rate", 1000), TimeSpan.FromSeconds(Int("--soak-seconds", 600)),
    [.. Option("--versions", "1,2").Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))]);
var report = await Drive.RunAsync(settings);
Console.WriteLine(report);
return report.Contains("| **missed**", StringComparison.Ordinal) ? 1 : 0;

string Option(string name, string? fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback ?? throw new ArgumentException($"{name} is required.");
}

int Int(string name, int fallback) => int.Parse(Option(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

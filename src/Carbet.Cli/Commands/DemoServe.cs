using System.Globalization;
using System.Text.Json;

using Carbet.Cli.Rendering;
using Carbet.Core;
using Carbet.Data.Tables;
using Carbet.Data.Writing;
using Carbet.Lifecycle.Demo;
using Carbet.Server;
using Carbet.Tracking;
using Carbet.Tracking.Keys;

namespace Carbet.Cli.Commands;

/// <summary>The end of <c>carbet demo --serve</c>: an admin key, the server on the demo's champion, a request to try, then Ctrl+C.</summary>
internal static class DemoServe
{
    public static async Task<int> RunAsync(CliConsole console, IStore store, DemoSummary demo, ServerOptions options, CancellationToken ct)
    {
        var key = await KeysCommand.CreateAsync(console, store, "demo", ApiKeyRole.Admin, Environment.UserName, ct);
        var example = await ExampleBodyAsync(store, demo, ct);
        await using var server = await CarbetServer.StartAsync(store, options, TimeProvider.System, ct);
        var table = OutputTable.Create("carbet demo --serve", "Item", "Value")
            .Row("Model", demo.Model)
            .Row("Serving", $"{Format.Version(demo.Version)} (alias {options.Host.Alias})")
            .Row("Admin key", "printed above, once; revoke it with carbet keys revoke " + key.Key.Id);
        console.Out.Write((await ServeHttp.DescribeAsync(table, server, options, store, ct)).Row("Store", store.Description));
        await console.OutWriter.WriteLineAsync("Try it (a row of the demo's prepared data):");
        await console.OutWriter.WriteLineAsync($"curl -s -H 'Authorization: Bearer {key.Secret}' -H 'Content-Type: application/json' "
            + $"-d '{example}' {server.Urls[0]}/api/v1/models/{demo.Model}/predict");
        await ServeHttp.AnnounceAsync(console, server);
        await console.OutWriter.FlushAsync(ct);
        await ServeHttp.WaitAsync(ct);
        await console.OutWriter.WriteLineAsync("Stopped.");
        return CarbetCli.Success;
    }

    /// <summary><c>{"row": {...}}</c> with the first row of the version's prepared data, as the signature wants it.</summary>
    private static async Task<string> ExampleBodyAsync(IStore store, DemoSummary demo, CancellationToken ct)
    {
        var version = await store.Models.GetVersionAsync(demo.Model, demo.Version, ct)
            ?? throw new InvalidOperationException($"{demo.Model} v{demo.Version} vanished after the demo registered it.");
        var dataset = await store.Datasets.GetAsync(demo.DatasetVersionId, ct)
            ?? throw new InvalidOperationException($"Dataset version {demo.DatasetVersionId} vanished after the demo wrote it.");
        DataTable table;
        await using (var stream = store.Artifacts.OpenRead(dataset.ContentHash))
            table = await ParquetTableWriter.ReadAsync(stream, "prepared", ct);
        var fields = version.InputSignature.Columns.Select(c => $"{JsonSerializer.Serialize(c.Name)}: {Json(table[c.Name], c.Kind)}");
        return $"{{\"row\": {{{string.Join(", ", fields)}}}}}";
    }

    private static string Json(DataColumn column, ColumnKind kind) => column.Format(0) is not { } text ? "null"
        : kind == ColumnKind.Boolean ? (text == "1" ? "true" : "false")
        : column is NumericColumn numbers ? numbers[0].ToString("R", CultureInfo.InvariantCulture)
        : JsonSerializer.Serialize(text);
}

namespace Carbet.Bench.Serving;

/// <summary>The ceiling: Kestrel answering the predict route with a constant body, with nothing of Carbet behind it.</summary>
internal static class Ceiling
{
    private const string Body = """{"model":"credit-risk","version":1,"predictions":[{"predictionId":"01a21255-2b14-7fe5-8643-adbe9b849639","version":1,"score":0.0163,"label":true,"threshold":0.0052,"band":"auto","reasons":[],"outOfDomain":[]}]}""";

    public static async Task RunAsync(string urls)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/api/v1/models/{model}/predict", () => Results.Text(Body, "application/json"));
        app.MapGet("/health/ready", () => Results.Text("{}", "application/json"));
        await app.StartAsync();
        Console.WriteLine($"Listening on {string.Join(" ", app.Urls)}");
        await app.WaitForShutdownAsync();
    }
}

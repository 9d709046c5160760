using Carbet.Modeling.Energy;
using Carbet.Serving.Hosting;
using Carbet.Serving.Logging;
using Carbet.Serving.Observability;

using Prometheus;

namespace Carbet.Server.Metrics;

/// <summary>Wires <see cref="ServingMetrics"/> into the server: the registry, the HTTP middleware and <c>GET /metrics</c>.</summary>
internal static class MetricsSetup
{
    /// <summary>Registers the metrics; an <see cref="IReviewQueueGauges"/> registered in the same services is read at each scrape.</summary>
    public static IServiceCollection AddServingMetrics(this IServiceCollection services, ServerOptions options, TimeProvider time) =>
        services.AddSingleton(sp => new ServingMetrics(options.Host.Model, new PredictionEnergy(EnergyMeter.ForThisMachine(time)), sp.GetService<IReviewQueueGauges>()));

    /// <summary>Routing, then request counts and durations per endpoint and status; placed before the exception handler so
    /// that a failed request is counted with the 500 it gets.</summary>
    public static void UseServingMetrics(this WebApplication app)
    {
        var metrics = app.Services.GetRequiredService<ServingMetrics>();
        metrics.Observe(app.Services.GetRequiredService<ModelHost>());
        _ = new PredictionLogMetrics(app.Services.GetRequiredService<PredictionLog>(), metrics.Registry);
        app.UseRouting();
        app.UseHttpMetrics(o =>
        {
            o.SetMetricFactory(Prometheus.Metrics.WithCustomRegistry(metrics.Registry));
            o.CaptureMetricsUrl = false;
        });
    }

    /// <summary><c>GET /metrics</c> in the Prometheus text format.</summary>
    public static void MapServingMetrics(this IEndpointRouteBuilder app) =>
        app.MapMetrics("/metrics", app.ServiceProvider.GetRequiredService<ServingMetrics>().Registry);
}

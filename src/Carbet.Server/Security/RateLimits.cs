using System.Globalization;
using System.Threading.RateLimiting;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Carbet.Server.Security;

/// <summary>Requests per key and minute: a key that asks faster gets 429 with Retry-After. It bounds what one client can
/// learn about the model by querying it (model extraction) and what one client can cost the others.</summary>
internal static class RateLimits
{
    public const string PerKey = "per-key";

    public static void Add(RateLimiterOptions limiter, ServerOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(PerKey, context =>
        {
            var key = context.User.FindFirst(ApiKeyAuthentication.KeyIdClaim)?.Value ?? $"anonymous:{context.Connection.RemoteIpAddress}";
            return options.RequestsPerMinutePerKey <= 0
                ? RateLimitPartition.GetNoLimiter(key)
                : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.RequestsPerMinutePerKey,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
        });
        limiter.OnRejected = async (rejected, ct) =>
        {
            var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
            var seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
            rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            var problems = rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = rejected.HttpContext,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = $"This key made more than {options.RequestsPerMinutePerKey} requests in a minute.",
                    Detail = $"Wait {seconds} s (Retry-After), send rows in batches rather than one per request, or ask an admin for a higher --rate-limit.",
                },
            });
        };
    }
}

using System.Text.Json;

using Carbet.Core;

namespace Carbet.Lifecycle.Audit;

internal static partial class AuditReport
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new FiniteDoubleJsonConverter() },
    };

    /// <summary>The audit for machines: the summary as JSON, undefined rates as null.</summary>
    public static string Json(AuditSummary summary) => JsonSerializer.Serialize(summary, JsonOptions);
}

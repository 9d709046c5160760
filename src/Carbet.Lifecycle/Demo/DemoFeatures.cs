using System.Collections.Immutable;
using System.Globalization;

namespace Carbet.Lifecycle.Demo;

/// <summary>The parameters the demo adds to its train run: how the world was generated and which months trained.</summary>
internal static class DemoFeatures
{
    public static ImmutableSortedDictionary<string, string> Params(DemoOptions options) => new Dictionary<string, string>
    {
        ["demo.months"] = options.Months.ToString(CultureInfo.InvariantCulture),
        ["demo.applications_per_month"] = options.ApplicationsPerMonth.ToString(CultureInfo.InvariantCulture),
        ["demo.training_months"] = options.TrainingMonths.ToString(CultureInfo.InvariantCulture),
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);
}

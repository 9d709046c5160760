using Carbet.Core;

namespace Carbet.Data.DemoWorld;

/// <summary>Generates the demo world: a consumer-credit portfolio in Guadeloupe, Martinique and French Guiana
/// (docs/demo-world.md).</summary>
public static class DemoWorldGenerator
{
    /// <summary>The version of the generator, recorded in <c>manifest.json</c>; it changes whenever the same options
    /// would give other data.</summary>
    public const string Version = "1.0.0";

    /// <summary>The months of the world, one at a time: nothing is generated before it is enumerated, and no month
    /// is kept after it is handed over.</summary>
    /// <exception cref="UserErrorException">An option is out of range (checked at the call, not at enumeration).</exception>
    public static IEnumerable<DemoMonth> Generate(DemoWorldOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return Months(options);
    }

    private static IEnumerable<DemoMonth> Months(DemoWorldOptions options)
    {
        var context = new CarbetContext(options.Seed);
        var drift = DemoWorldDrift.For(options);
        for (var index = 1; index <= options.Months; index++)
            yield return MonthGenerator.Generate(context, options, drift, index);
    }
}

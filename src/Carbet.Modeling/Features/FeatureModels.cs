using Microsoft.ML;

namespace Carbet.Modeling.Features;

/// <summary>Loads model files whose pipeline holds Carbet's own transforms (date parts).</summary>
public static class FeatureModels
{
    /// <summary>Registers Carbet's transforms with <paramref name="ml"/>, then loads the model from <paramref name="stream"/>.</summary>
    public static ITransformer Load(MLContext ml, Stream stream, out DataViewSchema inputSchema)
    {
        ArgumentNullException.ThrowIfNull(ml);
        Register(ml);
        return ml.Model.Load(stream, out inputSchema);
    }

    /// <summary>Makes Carbet's transforms known to <paramref name="ml"/>, as loading a model that uses them requires.</summary>
    public static void Register(MLContext ml)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ml.ComponentCatalog.RegisterAssembly(typeof(DatePartsFactory).Assembly);
    }
}

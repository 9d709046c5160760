using Carbet.Core;

using Microsoft.ML;

namespace Carbet.Modeling.Families;

/// <summary>An ML.NET trainer whose fit starts from a parent's model parameters, as a plain estimator for the pipeline.</summary>
internal sealed class WarmStartEstimator<TParameters>(IEstimator<ITransformer> trainer, TParameters start, Func<IDataView, TParameters, ITransformer> fit)
    : IEstimator<ITransformer>
    where TParameters : class
{
    public SchemaShape GetOutputSchema(SchemaShape inputSchema) => trainer.GetOutputSchema(inputSchema);

    public ITransformer Fit(IDataView input)
    {
        try
        {
            return fit(input, start);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new UserErrorException($"The parent model does not fit these features: {e.Message.Split('\n')[0]}",
                "Transfer only between datasets with the same feature columns, or train without a parent.");
        }
    }
}

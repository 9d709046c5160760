using Carbet.Modeling.Families;

using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace Carbet.Modeling.Neural;

/// <summary>Fits a perceptron on the <c>Label</c> and <c>Features</c> columns; the result adds Score, Probability and PredictedLabel.</summary>
internal sealed class MlpEstimator(MLContext ml, MlpSettings settings) : IEstimator<ITransformer>
{
    public SchemaShape GetOutputSchema(SchemaShape inputSchema) => Mapping(null).GetOutputSchema(inputSchema);

    public ITransformer Fit(IDataView input)
    {
        var (features, labels, width) = Read(input);
        if (settings.Start is { } start && start.Inputs != width)
            throw new Core.UserErrorException($"The parent mlp model reads {start.Inputs} features; this data gives {width}.",
                "Transfer only between datasets with the same feature columns, or train without a parent.");
        var (network, curve) = MlpTorchTrainer.Fit(features, labels, settings);
        return new MlpTransformer(Mapping(network).Fit(input), network, curve);
    }

    // without a network the mapping only answers for its output schema
    private CustomMappingEstimator<MlpMapping.Input, MlpMapping.Output> Mapping(MlpNetwork? network) =>
        ml.Transforms.CustomMapping(MlpMapping.Score(network ?? Unfitted.Value), MlpMapping.ContractName);

    private static readonly Lazy<MlpNetwork> Unfitted = new(() => new([new DenseLayer(1, 1, [0f], [0f])]));

    private static (float[] Features, float[] Labels, int Width) Read(IDataView input)
    {
        var (featureColumn, labelColumn) = (input.Schema[FamilyColumns.Features], input.Schema[FamilyColumns.Label]);
        var width = featureColumn.Type is VectorDataViewType { Size: > 0 } vector ? vector.Size : 1;
        var (features, labels) = (new List<float>(), new List<float>());
        using var cursor = input.GetRowCursor([featureColumn, labelColumn]);
        if (featureColumn.Type is not VectorDataViewType)
            throw new InvalidOperationException("The mlp family reads a vector Features column.");
        var getFeatures = cursor.GetGetter<VBuffer<float>>(featureColumn);
        var getLabel = cursor.GetGetter<bool>(labelColumn);
        var (row, label) = (default(VBuffer<float>), false);
        while (cursor.MoveNext())
        {
            getFeatures(ref row);
            getLabel(ref label);
            var start = features.Count;
            features.AddRange(new float[width]);
            foreach (var (index, value) in row.Items())
                features[start + index] = float.IsNaN(value) ? 0 : value;
            labels.Add(label ? 1 : 0);
        }
        return (features.ToArray(), labels.ToArray(), width);
    }
}

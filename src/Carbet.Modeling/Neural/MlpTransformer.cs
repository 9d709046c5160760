using System.Collections.Immutable;

using Microsoft.ML;
using Microsoft.ML.Data;

namespace Carbet.Modeling.Neural;

/// <summary>A fitted perceptron as an ML.NET transformer: scores through <see cref="MlpMapping"/> and keeps its weights and loss curve.</summary>
/// <remarks>Saving writes the mapping; <see cref="Families.FamilyModelFile.Save"/> adds the weights beside it.</remarks>
public sealed class MlpTransformer : ITransformer
{
    private readonly ITransformer _mapping;

    internal MlpTransformer(ITransformer mapping, MlpNetwork network, ImmutableArray<EpochLoss> curve) =>
        (_mapping, Network, Curve) = (mapping, network, curve);

    /// <summary>The fitted weights.</summary>
    public MlpNetwork Network { get; }

    /// <summary>The training and validation loss of each epoch run.</summary>
    public ImmutableArray<EpochLoss> Curve { get; }

    /// <inheritdoc/>
    public bool IsRowToRowMapper => _mapping.IsRowToRowMapper;

    /// <inheritdoc/>
    public DataViewSchema GetOutputSchema(DataViewSchema inputSchema) => _mapping.GetOutputSchema(inputSchema);

    /// <inheritdoc/>
    public IRowToRowMapper GetRowToRowMapper(DataViewSchema inputSchema) => _mapping.GetRowToRowMapper(inputSchema);

    /// <inheritdoc/>
    public IDataView Transform(IDataView input) => _mapping.Transform(input);

    /// <inheritdoc/>
    void ICanSaveModel.Save(ModelSaveContext ctx) => _mapping.Save(ctx);
}

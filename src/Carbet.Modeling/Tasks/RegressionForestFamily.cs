using Carbet.Core;
using Carbet.Modeling.Families;

using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Carbet.Modeling.Tasks;

/// <summary>A random forest of regression trees by ML.NET's FastForest.</summary>
public sealed class RegressionForestFamily() : TaskFamily("forest", TaskKind.Regression, ForestSettings.Space, linear: false)
{
    /// <inheritdoc/>
    protected override IEstimator<ITransformer> Trainer(MLContext ml, HyperParameters values, int seed) =>
        ml.Regression.Trainers.FastForest(ForestSettings.Apply(new FastForestRegressionTrainer.Options
        {
            LabelColumnName = TaskColumns.Label,
            FeatureColumnName = TaskColumns.Features,
        }, values, seed));
}

using Carbet.Core;
using Carbet.Modeling.Families;

using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Carbet.Modeling.Tasks;

/// <summary>One FastForest random forest per class against the rest, each Platt-calibrated, the class probabilities
/// normalised to sum to 1.</summary>
public sealed class MulticlassForestFamily() : TaskFamily("forest", TaskKind.Multiclass, ForestSettings.Space, linear: false)
{
    /// <inheritdoc/>
    protected override IEstimator<ITransformer> Trainer(MLContext ml, HyperParameters values, int seed) =>
        ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.FastForest(ForestSettings.Apply(new FastForestBinaryTrainer.Options(), values, seed)),
            TaskColumns.Label, useProbabilities: true);
}

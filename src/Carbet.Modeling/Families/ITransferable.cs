using Microsoft.ML;

namespace Carbet.Modeling.Families;

/// <summary>A family that can continue from an earlier model of its own kind rather than start afresh.</summary>
/// <remarks>Contract: with <see cref="FamilyFitOptions.Parent"/> null, <see cref="BuildTrainer(MLContext, HyperParameters, int, FamilyFitOptions)"/>
/// behaves as <see cref="IModelFamily.BuildTrainer(MLContext, HyperParameters, int)"/>; a parent of another family or feature count is a user error.</remarks>
public interface ITransferable : IModelFamily
{
    /// <summary>What continuing from a parent means for this family, one sentence for docs and run records.</summary>
    string TransferDescription { get; }

    /// <summary>The trainer for the given hyperparameters, starting from the parent's model when one is given.</summary>
    IEstimator<ITransformer> BuildTrainer(MLContext ml, HyperParameters values, int seed, FamilyFitOptions options);
}

using System.Collections.Immutable;

using Carbet.Modeling.Families;
using Carbet.Tuning.Pruners;
using Carbet.Tuning.Samplers;
using Carbet.Tuning.Spaces;

namespace Carbet.Lifecycle.Tuning;

/// <summary>A model family's hyperparameters as a tuning search space, and the way back from a trial's values.</summary>
internal static class FamilySearchSpace
{
    public static Carbet.Tuning.Spaces.SearchSpace Of(Modeling.Families.SearchSpace space) => new(space.Parameters.Select(p => new SearchParameter(p.Name, p.Kind switch
    {
        HyperParameterKind.Int => Distribution.Int((int)p.Low, (int)p.High),
        HyperParameterKind.Float => Distribution.Float(p.Low, p.High),
        HyperParameterKind.LogFloat => Distribution.LogFloat(p.Low, p.High),
        HyperParameterKind.LogInt => Distribution.LogInt((int)p.Low, (int)p.High),
        _ => Distribution.Categorical([.. p.Choices]),
    })));

    public static HyperParameters Values(IReadOnlyDictionary<string, double> parameters) =>
        new(parameters.ToImmutableSortedDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

    public static ISampler Sampler(string name) => name == "random" ? new RandomSampler() : new TpeSampler();

    // CV folds are the steps, so warm-up waits for the first fold and the halving rungs are folds 1, 2, 4...
    public static IPruner Pruner(string name) => name switch
    {
        "none" => new NopPruner(),
        "halving" => new SuccessiveHalvingPruner(minResource: 1, reductionFactor: 2),
        _ => new MedianPruner(startupTrials: 5, warmupSteps: 0),
    };
}

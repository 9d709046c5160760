using System.Collections.Concurrent;

using Carbet.Modeling.Explanation;

namespace Carbet.Serving.Hosting;

/// <summary>Explainers of one model file, one per concurrent caller: an explainer is not safe for concurrent calls,
/// so each request rents one, and a new one is read from the file only when every other is in use.</summary>
internal sealed class ExplainerPool
{
    private readonly ConcurrentBag<ModelExplainer> _idle = [];
    private readonly byte[] _modelFile;
    private readonly int _seed;

    public ExplainerPool(byte[] modelFile, int seed)
    {
        (_modelFile, _seed) = (modelFile, seed);
        var first = ModelExplainer.Load(modelFile, seed);
        InputColumns = [.. first.InputColumns];
        _idle.Add(first);
    }

    /// <summary>The input columns the model reads.</summary>
    public HashSet<string> InputColumns { get; }

    public ModelExplainer Rent() => _idle.TryTake(out var explainer) ? explainer : ModelExplainer.Load(_modelFile, _seed);

    public void Return(ModelExplainer explainer) => _idle.Add(explainer);
}

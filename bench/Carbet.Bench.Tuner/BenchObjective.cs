using Carbet.Tuning.Spaces;
using Carbet.Tuning.Studies;

namespace Carbet.Bench.Tuner;

/// <summary>A test function to minimise over its space, keyed as in tuner.py's results.</summary>
internal sealed record BenchObjective(string Key, SearchSpace Space, Func<Trial, double> Evaluate);

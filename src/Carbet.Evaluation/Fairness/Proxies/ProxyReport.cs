using System.Collections.Immutable;

namespace Carbet.Evaluation.Fairness;

/// <summary>The model's features ranked by how well each alone predicts a sensitive attribute.</summary>
/// <param name="Attribute">The sensitive attribute's name.</param>
/// <param name="Rows">The rows scored: those with a sensitive value, sampled down to <see cref="ProxyOptions.MaxRows"/>.</param>
/// <param name="Features">One score per feature, strongest first: by AUC, then Cramér's V, descending, then by name.</param>
/// <param name="Warnings">Rows left out or sampled away, and features that cannot predict anything.</param>
public sealed record ProxyReport(string Attribute, int Rows, ImmutableArray<ProxyScore> Features, ImmutableArray<string> Warnings);

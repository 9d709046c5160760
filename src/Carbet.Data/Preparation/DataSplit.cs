using System.Collections.Immutable;

namespace Carbet.Data.Preparation;

/// <summary>Row indices (0-based, ascending) of each set of a split.</summary>
/// <param name="Train">Rows to train on.</param>
/// <param name="Validation">Rows to tune and select on.</param>
/// <param name="Test">Rows held out for the final estimate.</param>
/// <param name="Method"><c>stratified</c>, <c>time</c> or <c>random</c>.</param>
/// <param name="Seed">The seed the shuffles came from, to record with the run.</param>
public sealed record DataSplit(ImmutableArray<int> Train, ImmutableArray<int> Validation, ImmutableArray<int> Test, string Method, int Seed);

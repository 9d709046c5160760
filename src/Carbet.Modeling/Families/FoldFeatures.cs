using Carbet.Modeling.Features;

namespace Carbet.Modeling.Families;

/// <summary>One fold's featurized rows, and how many rows it trains and tests on.</summary>
internal sealed record FoldFeatures(FeaturizedRows Rows, long TrainRows, long TestRows, long TestPositives);

namespace Carbet.Evaluation.Fairness;

/// <summary>A feature of the model, one value per row, to test as a proxy of a sensitive attribute.</summary>
/// <param name="Name">The feature's column name.</param>
public abstract record ProxyFeature(string Name);

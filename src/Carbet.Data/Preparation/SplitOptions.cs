namespace Carbet.Data.Preparation;

/// <summary>How <see cref="Splitter"/> divides rows into training, validation and test sets.</summary>
/// <param name="Validation">The share of rows for validation; the default is 0.15.</param>
/// <param name="Test">The share of rows for test; the default is 0.15.</param>
/// <param name="Target">When set (and <paramref name="Time"/> is not), each class keeps its share in every set.</param>
/// <param name="Time">When set, the oldest rows train and the newest test.</param>
/// <param name="Seed">Overrides the seed of the context when set; the default is null.</param>
public sealed record SplitOptions(double Validation = 0.15, double Test = 0.15, string? Target = null, string? Time = null, int? Seed = null)
{
    /// <value>A column that already says which set each row belongs to (<c>train</c>, <c>validation</c> or <c>test</c>), e.g. a
    /// published train/test split; it overrides the shares, the target and the time. The default is none.</value>
    public string? Column { get; init; }
}

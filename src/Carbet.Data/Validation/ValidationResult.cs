using System.Collections.Immutable;

namespace Carbet.Data.Validation;

/// <summary>The outcome of checking a table against a list of expectations.</summary>
/// <param name="Source">Where the table came from.</param>
/// <param name="Results">One result per expectation, in the order given.</param>
public sealed record ValidationResult(string Source, ImmutableArray<ExpectationResult> Results)
{
    /// <summary>Whether every expectation held.</summary>
    public bool Passed => Results.All(r => r.Passed);

    /// <summary>How many expectations failed.</summary>
    public int FailedCount => Results.Count(r => !r.Passed);
}

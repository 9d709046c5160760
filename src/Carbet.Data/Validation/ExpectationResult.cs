using System.Collections.Immutable;

namespace Carbet.Data.Validation;

/// <summary>The outcome of one expectation on one table.</summary>
/// <param name="Expectation">The expectation checked.</param>
/// <param name="Passed">Whether it held.</param>
/// <param name="Evaluated">The values (or, for table-level checks, items) examined.</param>
/// <param name="Failing">How many of them broke the rule; table-level checks count one when they fail.</param>
/// <param name="FailingLines">The source lines of the first 20 failing rows.</param>
/// <param name="Message">One sentence for people.</param>
public sealed record ExpectationResult(
    Expectation Expectation, bool Passed, long Evaluated, long Failing, ImmutableArray<long> FailingLines, string Message);

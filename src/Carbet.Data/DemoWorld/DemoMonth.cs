using System.Collections.Immutable;

namespace Carbet.Data.DemoWorld;

/// <summary>One month of the demo world.</summary>
/// <param name="Index">1 for the first month.</param>
/// <param name="Month">The first day of the month.</param>
/// <param name="Applications">The rows received, in date order, resubmitted duplicates included.</param>
/// <param name="Outcomes">One per distinct application, in the order of <paramref name="Applications"/>.</param>
public sealed record DemoMonth(int Index, DateOnly Month, ImmutableArray<CreditApplication> Applications, ImmutableArray<LoanOutcome> Outcomes);

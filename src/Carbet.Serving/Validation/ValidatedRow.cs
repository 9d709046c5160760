using System.Collections.Immutable;

namespace Carbet.Serving.Validation;

/// <summary>An input row that passed validation: each input column's value as invariant text (null when missing),
/// and the columns whose value lies outside the training domain when the policy sends such rows to review.</summary>
public sealed record ValidatedRow(IReadOnlyDictionary<string, string?> Values, ImmutableArray<string> OutOfDomain);

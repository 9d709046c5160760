namespace Carbet.Data.Preparation;

/// <summary>What <see cref="RecipeSuggester"/> knows about the columns, by their names in the raw table or in snake_case.</summary>
/// <param name="Target">The column to predict: rows missing it are dropped, and it is never filled or clipped.</param>
/// <param name="Id">The row key: never filled or clipped; shared ids are reported as near-duplicates.</param>
/// <param name="Exclude">Columns to drop (reason <c>excluded</c>).</param>
/// <param name="Leaky">Columns to drop because they reveal the target (reason <c>leakage</c>).</param>
/// <param name="Time">The time column: never filled or clipped.</param>
public sealed record RecipeSuggestOptions(
    string? Target = null, string? Id = null, IReadOnlyList<string>? Exclude = null, IReadOnlyList<string>? Leaky = null, string? Time = null);

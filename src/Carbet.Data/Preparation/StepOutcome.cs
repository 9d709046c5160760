using Carbet.Data.Tables;

namespace Carbet.Data.Preparation;

/// <summary>What applying one step produced: the new table, the step with its learned values, and the account.</summary>
internal sealed record StepOutcome(DataTable Table, RecipeStep Fitted, string Description, long CellsChanged = 0)
{
    public IReadOnlyList<string> Added { get; init; } = [];

    public IReadOnlyList<string> Removed { get; init; } = [];

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Rows of the input table that were dropped, with the reason.</summary>
    public IReadOnlyList<(int Row, string Reason)> Dropped { get; init; } = [];
}

using System.Collections.Immutable;

namespace Carbet.Data.Preparation;

/// <summary>What one step changed.</summary>
/// <param name="Index">The 1-based position of the step in the recipe.</param>
/// <param name="Type">The step type, such as <c>handle_missing</c>.</param>
/// <param name="Description">One sentence on what the step did.</param>
/// <param name="RowsBefore">Rows before the step.</param>
/// <param name="RowsAfter">Rows after the step.</param>
/// <param name="CellsChanged">Values changed in kept rows (added columns not counted).</param>
/// <param name="ColumnsAdded">Columns the step added.</param>
/// <param name="ColumnsRemoved">Columns the step removed; a rename removes the old name and adds the new.</param>
/// <param name="Notes">Further findings, such as near-duplicate ids or learned values.</param>
public sealed record StepReport(
    int Index, string Type, string Description, long RowsBefore, long RowsAfter, long CellsChanged,
    ImmutableArray<string> ColumnsAdded, ImmutableArray<string> ColumnsRemoved, ImmutableArray<string> Notes);

using System.Collections.Immutable;

using Carbet.Data.Tables;

namespace Carbet.Data.Preparation;

/// <summary>The prepared table and an account of every step; <c>RowsBefore = RowsAfter + RowsDropped</c>.</summary>
/// <param name="Table">The prepared table; its source lines are those of the kept rows.</param>
/// <param name="Steps">One report per step, in order.</param>
/// <param name="RowsBefore">Rows of the input table.</param>
/// <param name="RowsAfter">Rows of the prepared table.</param>
/// <param name="DroppedRows">The first 100 dropped rows, with the step and the reason.</param>
/// <param name="RowsDropped">All dropped rows.</param>
public sealed record PreparationResult(
    DataTable Table, ImmutableArray<StepReport> Steps, long RowsBefore, long RowsAfter,
    ImmutableArray<DroppedRow> DroppedRows, long RowsDropped);

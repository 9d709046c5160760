using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Preparation;

/// <summary>Applies recipes to tables, deterministically: the same table and recipe give the same table.</summary>
public static class RecipeRunner
{
    private const int MaxDroppedRows = 100;

    /// <summary>Applies the steps in order; steps without learned values learn them on the data they are given.</summary>
    /// <exception cref="UserErrorException">A step names a column that is not there, or is malformed.</exception>
    public static PreparationResult Apply(DataTable table, Recipe recipe, CancellationToken ct) => Run(table, recipe, ct).Result;

    /// <summary>Applies a fitted recipe: fill values, bounds and dropped columns are those learned by <see cref="Fit"/>.</summary>
    public static PreparationResult Apply(DataTable table, FittedRecipe recipe, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        return Apply(table, recipe.Recipe, ct);
    }

    /// <summary>Learns the values of every step on this table (each step on the output of the previous ones).</summary>
    public static FittedRecipe Fit(DataTable table, Recipe recipe, CancellationToken ct) => new(new Recipe(Run(table, recipe, ct).Fitted));

    private static (PreparationResult Result, ImmutableArray<RecipeStep> Fitted) Run(DataTable table, Recipe recipe, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(recipe);
        var reports = ImmutableArray.CreateBuilder<StepReport>();
        var fitted = ImmutableArray.CreateBuilder<RecipeStep>();
        var dropped = ImmutableArray.CreateBuilder<DroppedRow>();
        long droppedCount = 0;
        var current = table;
        for (var i = 0; i < recipe.Steps.Length; i++)
        {
            ct.ThrowIfCancellationRequested();
            var ctx = new StepContext(i + 1, recipe.Steps[i]);
            var outcome = Dispatch(current, ctx);
            foreach (var (row, reason) in outcome.Dropped)
            {
                if (dropped.Count < MaxDroppedRows)
                    dropped.Add(new DroppedRow(current.SourceLines[row], ctx.Index, ctx.Step.Type, reason));
            }
            droppedCount += outcome.Dropped.Count;
            reports.Add(new StepReport(ctx.Index, ctx.Step.Type, outcome.Description, current.RowCount, outcome.Table.RowCount,
                outcome.CellsChanged, [.. outcome.Added], [.. outcome.Removed], [.. outcome.Notes]));
            fitted.Add(outcome.Fitted);
            current = outcome.Table;
        }
        var result = new PreparationResult(current, reports.ToImmutable(), table.RowCount, current.RowCount, dropped.ToImmutable(), droppedCount);
        return (result, fitted.ToImmutable());
    }

    private static StepOutcome Dispatch(DataTable table, StepContext ctx) => ctx.Step switch
    {
        RenameToSnakeCase s => NameOperations.SnakeCase(table, ctx, s),
        Rename s => NameOperations.Rename(table, ctx, s),
        TrimWhitespace s => TextOperations.Trim(table, s),
        NormalizeCategories s => TextOperations.Normalize(table, ctx, s),
        FixUnits s => ValueOperations.FixUnits(table, ctx, s),
        CastType s => ValueOperations.Cast(table, ctx, s),
        DropEmptyRows s => RowOperations.DropEmptyRows(table, s),
        DropEmptyColumns s => RowOperations.DropEmptyColumns(table, ctx, s),
        DropDuplicates s => RowOperations.DropDuplicates(table, ctx, s),
        HandleMissing s => MissingOperation.Apply(table, ctx, s),
        Outliers s => OutlierOperation.Apply(table, ctx, s),
        DropColumns s => RowOperations.DropColumns(table, ctx, s),
        _ => throw new ArgumentException($"Unknown step type {ctx.Step.GetType().Name}.", nameof(ctx)),
    };
}

using System.Collections.Immutable;

namespace Carbet.Data.Profiling;

/// <summary>The profile of a table: typed results only, formatted by <see cref="ProfileJson"/> and <see cref="ProfileHtml"/>.</summary>
/// <param name="Source">Where the rows came from.</param>
/// <param name="RowCount">The number of rows.</param>
/// <param name="ColumnCount">The number of columns.</param>
/// <param name="Duplicates">Exact duplicate rows.</param>
/// <param name="NearDuplicates">Repeated ids with differing values, when an id column is set.</param>
/// <param name="ConstantColumns">Columns holding one value.</param>
/// <param name="EmptyColumns">Columns with every value missing.</param>
/// <param name="HighCardinalityColumns">Category columns with more than <see cref="ProfileOptions.HighCardinality"/> values.</param>
/// <param name="ClassBalance">The target's classes, when a categorical or binary target is set.</param>
/// <param name="Columns">One profile per column, in table order.</param>
/// <param name="Associations">Pairwise associations.</param>
/// <param name="TargetRelations">One entry per column other than the target, id and time, when a target is set.</param>
/// <param name="Alerts">What to check, by kind then column.</param>
public sealed record DatasetProfile(
    string Source,
    int RowCount,
    int ColumnCount,
    DuplicateSummary Duplicates,
    NearDuplicateSummary? NearDuplicates,
    ImmutableArray<string> ConstantColumns,
    ImmutableArray<string> EmptyColumns,
    ImmutableArray<string> HighCardinalityColumns,
    ClassBalance? ClassBalance,
    ImmutableArray<ColumnProfile> Columns,
    AssociationSummary Associations,
    ImmutableArray<TargetRelation> TargetRelations,
    ImmutableArray<ProfileAlert> Alerts);

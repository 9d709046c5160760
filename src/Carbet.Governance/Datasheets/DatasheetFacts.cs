using System.Collections.Immutable;

using Carbet.Core;

namespace Carbet.Governance.Datasheets;

/// <summary>Everything a datasheet states, gathered from the project file, the preparation and the store.</summary>
public sealed record DatasheetFacts(string Dataset, string VersionId, int Version, string ContentHash, TableSchema Schema, long Rows)
{
    /// <value>The version it was prepared from.</value>
    public string? ParentId { get; init; }

    /// <value>Rows of the raw version before preparation.</value>
    public long? RowsBefore { get; init; }

    /// <value>The business need it serves (from the use-case canvas).</value>
    public string Need { get; init; } = "";

    /// <value>Why the dataset exists.</value>
    public string Motivation { get; init; } = "";

    /// <value>How the rows were collected.</value>
    public string Collection { get; init; } = "";

    /// <value>Who answers for it.</value>
    public string Owner { get; init; } = "";

    /// <value>Sensitive attributes it holds.</value>
    public ImmutableArray<string> Sensitive { get; init; } = [];

    /// <value>What it may be used for.</value>
    public ImmutableArray<string> IntendedUses { get; init; } = [];

    /// <value>What it must not be used for.</value>
    public ImmutableArray<string> UsesToAvoid { get; init; } = [];

    /// <value>How long it is kept.</value>
    public string Retention { get; init; } = "";

    /// <value>How often it is refreshed.</value>
    public string Refresh { get; init; } = "";

    /// <value>Every preprocessing step, in order, with what it changed.</value>
    public ImmutableArray<PreprocessingEntry> Steps { get; init; } = [];

    /// <value>How the rows were split for training, validation and test.</value>
    public string? Split { get; init; }

    /// <value>The roles whose sign-off is asked for.</value>
    public ImmutableArray<string> RequiredApprovals { get; init; } = [];

    /// <value>The sign-offs given.</value>
    public ImmutableArray<ApprovalEntry> Approvals { get; init; } = [];
}

/// <summary>One preprocessing step and what it changed.</summary>
public sealed record PreprocessingEntry(int Index, string Step, string Description, long RowsBefore, long RowsAfter, long CellsChanged);

/// <summary>One sign-off.</summary>
public sealed record ApprovalEntry(string Role, string By, DateTimeOffset At, string? Note);

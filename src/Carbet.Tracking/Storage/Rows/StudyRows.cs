using Carbet.Tuning.Storage;

namespace Carbet.Tracking.Storage.Rows;

internal sealed class StudyRow
{
    public long Id { get; set; }

    /// <summary>The public id: 32 lower-case hex characters.</summary>
    public required string Uuid { get; set; }
    public required string Name { get; set; }
    public StudyDirection Direction { get; set; }

    /// <summary>The attributes fixed at creation, as a JSON object of strings.</summary>
    public required string Attributes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class TrialRow
{
    public long Id { get; set; }

    /// <summary>The public id: 32 lower-case hex characters.</summary>
    public required string Uuid { get; set; }
    public long StudyId { get; set; }
    public StudyRow? Study { get; set; }

    /// <summary>0, 1, 2, ... per study, given under the study's row lock.</summary>
    public int Number { get; set; }
    public TrialState State { get; set; }

    /// <summary>Null stands for no value, and for NaN, which SQLite cannot store.</summary>
    public double? Value { get; set; }
    public string? Worker { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? Message { get; set; }

    /// <summary>When the worker last said it was alive; null until its first heartbeat.</summary>
    public DateTimeOffset? HeartbeatAt { get; set; }
}

internal sealed class TrialParamRow
{
    public long TrialId { get; set; }
    public required string Name { get; set; }
    public double Value { get; set; }
}

internal sealed class TrialIntermediateValueRow
{
    public long TrialId { get; set; }
    public int Step { get; set; }

    /// <summary>Null stands for NaN, which SQLite cannot store.</summary>
    public double? Value { get; set; }
}

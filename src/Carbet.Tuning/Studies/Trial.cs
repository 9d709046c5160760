using System.Collections.Immutable;

using Carbet.Tuning.Storage;

namespace Carbet.Tuning.Studies;

/// <summary>A running trial as its objective sees it: the chosen values, and reporting for pruning.</summary>
public sealed class Trial
{
    private readonly Study _study;
    private readonly TrialHistory _history;
    private TrialRecord _record;

    internal Trial(Study study, TrialRecord record, TrialHistory history)
    {
        _study = study;
        _record = record;
        _history = history;
    }

    /// <summary>0, 1, 2, ... across every worker of the study.</summary>
    public int Number => _record.Number;

    /// <summary>The chosen values by name; a categorical holds its choice's index; inactive parameters are absent.</summary>
    public ImmutableSortedDictionary<string, double> Parameters => _record.Parameters;

    internal TrialRecord Record => _record;

    /// <summary>The value of <paramref name="name"/>.</summary>
    public double Get(string name) => Parameters.TryGetValue(name, out var value) ? value
        : throw new KeyNotFoundException($"Trial {Number} has no value for '{name}': it is not in the space, or its condition does not hold.");

    /// <summary>The value of the integer parameter <paramref name="name"/>.</summary>
    public int GetInt(string name) => (int)Math.Round(Get(name));

    /// <summary>The chosen label of the categorical parameter <paramref name="name"/>.</summary>
    public string GetChoice(string name) => _study.Space.Find(name)!.Distribution.Choices[GetInt(name)];

    /// <summary>Whether <paramref name="name"/> is active in this trial.</summary>
    public bool Has(string name) => Parameters.ContainsKey(name);

    /// <summary>Records the objective's value at <paramref name="step"/> (a boosting iteration, an epoch, a fold).</summary>
    public async Task ReportAsync(int step, double value, CancellationToken ct)
    {
        await _study.Storage.ReportAsync(_record.Id, step, value, ct).ConfigureAwait(false);
        _record = _record with { IntermediateValues = _record.IntermediateValues.SetItem(step, value) };
    }

    /// <summary>Whether the pruner would stop this trial at its last reported step; the objective then throws <see cref="TrialPrunedException"/>.</summary>
    public async Task<bool> ShouldPruneAsync(CancellationToken ct)
    {
        var history = await _history.ForAsync(_record.Number, ct).ConfigureAwait(false);
        return _study.Options.Pruner.ShouldPrune(history, _record, _study.Direction);
    }
}

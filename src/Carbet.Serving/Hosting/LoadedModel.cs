using System.Collections.Immutable;
using System.Text.Json;

using Carbet.Modeling.Explanation;
using Carbet.Serving.Scoring;
using Carbet.Serving.Validation;
using Carbet.Tracking.Registry;

namespace Carbet.Serving.Hosting;

/// <summary>One registered model version, loaded and ready to score: its model file, decision threshold and validator.</summary>
/// <remarks>Immutable once loaded and safe for concurrent requests. A request takes one <see cref="LoadedModel"/> and scores
/// all its rows with it, so a swap never mixes versions inside a request. It holds no native resources, so a version
/// nobody uses any more is left to the garbage collector.</remarks>
public sealed class LoadedModel
{
    private readonly ExplainerPool _explainers;

    internal LoadedModel(ModelVersionSnapshot version, double threshold, RowValidator validator, ExplainerPool explainers)
    {
        (Version, Threshold, Validator, _explainers) = (version, threshold, validator, explainers);
    }

    /// <summary>The registry's record of the version.</summary>
    public ModelVersionSnapshot Version { get; }

    /// <summary>The decision threshold recorded with the version (<c>decision_threshold</c>).</summary>
    public double Threshold { get; }

    /// <summary>Checks rows against the version's signature and training domain.</summary>
    public RowValidator Validator { get; }

    /// <summary>Validates every row, then scores them all, or none when any row has a field error.</summary>
    /// <param name="band">The scores that go to review; null sends only out-of-domain rows there.</param>
    /// <param name="time">The clock the prediction ids are ordered by.</param>
    /// <remarks>A large batch is cut into contiguous slices validated and scored side by side, one explainer each; the
    /// predictions and errors come back in row order, as from one pass.</remarks>
    public ScoringResult Score(IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> rows, bool contributions, ReviewBand? band, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(time);
        var slices = Math.Clamp(rows.Count / RowsPerSlice, 1, Environment.ProcessorCount);
        var parts = new Slice[slices];
        var invalid = 0;
        if (slices == 1)
            parts[0] = ScoreSlice(rows, 0, rows.Count, contributions, band, time, ref invalid);
        else
            Parallel.For(0, slices, i => parts[i] = ScoreSlice(rows, rows.Count * i / slices, rows.Count * (i + 1) / slices, contributions, band, time, ref invalid));
        if (invalid != 0)
            return new ScoringResult([], [.. parts.SelectMany(p => p.Errors)]);
        return new ScoringResult([.. parts.SelectMany(p => p.Predictions)], []);
    }

    // below this many rows per slice, the cost of a second thread exceeds what it saves
    private const int RowsPerSlice = 200;

    private sealed record Slice(List<RowPrediction> Predictions, List<FieldError> Errors);

    private Slice ScoreSlice(IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> rows, int from, int to, bool contributions, ReviewBand? band,
        TimeProvider time, ref int invalid)
    {
        var (errors, valid) = (new List<FieldError>(), new List<ValidatedRow>(to - from));
        for (var i = from; i < to; i++)
        {
            if (Validator.Check(i, rows[i], errors) is { } row)
                valid.Add(row);
        }
        if (errors.Count > 0)
            Interlocked.Exchange(ref invalid, 1);
        if (Volatile.Read(ref invalid) != 0)
            return new Slice([], errors);
        var explainer = _explainers.Rent();
        try
        {
            return new Slice([.. valid.Select(row => Predict(explainer, row, contributions, band, time))], errors);
        }
        finally
        {
            _explainers.Return(explainer);
        }
    }

    private RowPrediction Predict(ModelExplainer explainer, ValidatedRow row, bool contributions, ReviewBand? band, TimeProvider time)
    {
        // contributions cost a pipeline per row; a plain score reuses the explainer's row mapper, which reads only its inputs
        double probability;
        ImmutableArray<ColumnContribution>? explained = null;
        if (contributions)
        {
            var explanation = explainer.Explain(row.Values.Where(v => _explainers.InputColumns.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal));
            (probability, explained) = (explanation.Probability, explanation.Contributions);
        }
        else
        {
            probability = explainer.Probability(row.Values);
        }
        var reasons = ImmutableArray.CreateBuilder<string>();
        if (!row.OutOfDomain.IsEmpty)
            reasons.Add(Bands.OutOfDomain);
        if (band?.Contains(probability) == true)
            reasons.Add(Bands.InReviewBand);
        return new RowPrediction(Guid.CreateVersion7(time.GetUtcNow()), Version.Model, Version.Version, probability,
            probability >= Threshold, Threshold, reasons.Count > 0 ? Bands.Review : Bands.Auto, reasons.ToImmutable(), row.OutOfDomain,
            explained);
    }
}

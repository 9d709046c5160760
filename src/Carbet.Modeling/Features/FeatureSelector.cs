using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Modeling.Families;
using Carbet.Modeling.Training;

using Microsoft.ML;

namespace Carbet.Modeling.Features;

/// <summary>Backward elimination by drop-column cross-validation, bounded to the least informative columns.</summary>
/// <remarks>Columns are ranked by how far their univariate AUC is from 0.5 (numbers by value, categories and dates by
/// their level's positive rate); the <see cref="FeatureSelectionOptions.Candidates"/> lowest are tried in turn, each
/// costing one cross-validation of LightGBM at its defaults. A column is dropped when removing it from the current set
/// loses less mean CV AUC than the tolerance; the next candidate is then compared with the smaller set.</remarks>
public sealed class FeatureSelector(CarbetContext context)
{
    /// <summary>Selects among the request's columns with <paramref name="folds"/>-fold CV, following <see cref="FeatureOptions.Selection"/>
    /// (its defaults when null).</summary>
    public FeatureSelectionResult Select(BinaryTrainingRequest request, int folds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = request.Features.Selection ?? new FeatureSelectionOptions();
        var trainer = new FamilyTrainer(context);
        var family = new LightGbmFamily();
        var cvRequest = request with { TestCsvPath = null };
        (double Auc, TimeSpan Fit) Score(BinaryTrainingRequest r)
        {
            var cv = trainer.CrossValidate(r, family, HyperParameters.None, folds, ct);
            return (cv.MeanAuc, cv.Folds.Aggregate(TimeSpan.Zero, (t, f) => t + f.FitTime));
        }

        var current = cvRequest;
        var columns = request.NumericFeatures.Concat(request.CategoricalFeatures).Concat(request.DateFeatures).ToList();
        var baseline = Score(current);
        var first = baseline.Auc;
        var trials = ImmutableArray.CreateBuilder<FeatureSelectionTrial>();
        foreach (var column in Candidates(request, options.Candidates))
        {
            if (columns.Count == 1)
                break;
            ct.ThrowIfCancellationRequested();
            var without = Without(current, column);
            var score = Score(without);
            var dropped = baseline.Auc - score.Auc < options.Tolerance;
            trials.Add(new FeatureSelectionTrial(column, score.Auc - baseline.Auc, score.Fit - baseline.Fit, dropped));
            if (dropped)
            {
                (current, baseline) = (without, score);
                columns.Remove(column);
            }
        }
        return new FeatureSelectionResult(first, trials.ToImmutable(), [.. columns]);
    }

    private static BinaryTrainingRequest Without(BinaryTrainingRequest request, string column) => request with
    {
        NumericFeatures = request.NumericFeatures.Remove(column),
        CategoricalFeatures = request.CategoricalFeatures.Remove(column),
        DateFeatures = request.DateFeatures.Remove(column),
    };

    private static List<string> Candidates(BinaryTrainingRequest request, int count)
    {
        var ml = new MLContext(0) { GpuDeviceId = null };
        var data = TrainingData.Load(ml, request);
        var labels = new List<bool>();
        var numbers = request.NumericFeatures.ToDictionary(c => c, _ => new List<double>(), StringComparer.Ordinal);
        var texts = request.CategoricalFeatures.Concat(request.DateFeatures).ToDictionary(c => c, _ => new List<string>(), StringComparer.Ordinal);
        using (var cursor = data.GetRowCursor(data.Schema))
        {
            var label = cursor.GetGetter<bool>(data.Schema[TrainingData.TargetColumn]);
            var numberGetters = numbers.Keys.Select(c => (c, cursor.GetGetter<float>(data.Schema[c]))).ToList();
            var textGetters = texts.Keys.Select(c => (c, cursor.GetGetter<ReadOnlyMemory<char>>(data.Schema[c]))).ToList();
            var (y, x, text) = (false, 0f, default(ReadOnlyMemory<char>));
            while (cursor.MoveNext())
            {
                label(ref y);
                labels.Add(y);
                foreach (var (c, get) in numberGetters)
                {
                    get(ref x);
                    numbers[c].Add(x);
                }
                foreach (var (c, get) in textGetters)
                {
                    get(ref text);
                    texts[c].Add(text.ToString());
                }
            }
        }
        var strength = numbers.ToDictionary(e => e.Key, e => UnivariateAuc.Strength(e.Value, labels), StringComparer.Ordinal);
        foreach (var (column, values) in texts)
            strength[column] = UnivariateAuc.Strength(UnivariateAuc.LevelRates(values, labels), labels);
        return strength.OrderBy(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(count).Select(e => e.Key).ToList();
    }
}

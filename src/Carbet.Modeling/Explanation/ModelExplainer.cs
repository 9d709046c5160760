using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;
using Carbet.Modeling.Families;

using Microsoft.ML;
using Microsoft.ML.Data;

namespace Carbet.Modeling.Explanation;

/// <summary>Explains single predictions of a saved Carbet model: its probability and each input column's contribution.</summary>
/// <remarks>Built once from a model file and reused for many rows (a server keeps one per loaded model); not safe for
/// concurrent calls. Contributions come from ML.NET's feature contribution calculation, for the linear and tree families;
/// the features' one-hot slots are added back into their input column.</remarks>
public sealed class ModelExplainer
{
    private const string FeaturesColumn = "Features";
    private const string ContributionsColumn = "FeatureContributions";
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _input;
    private readonly ImmutableArray<string> _slotColumns;
    private readonly IEstimator<ITransformer>? _calculator;
    private ITransformer? _fitted;
    private Func<IReadOnlyDictionary<string, string?>, double>? _probability;

    private ModelExplainer(MLContext ml, ITransformer model, DataViewSchema input)
    {
        (_ml, _model, _input) = (ml, model, input);
        var features = model.GetOutputSchema(input)[FeaturesColumn];
        var slots = features.Type is VectorDataViewType vector ? vector.Size : 1;
        VBuffer<ReadOnlyMemory<char>> names = default;
        if (features.HasSlotNames())
            features.GetSlotNames(ref names);
        var inputs = input.Where(c => c.Type is TextDataViewType || c.Type == NumberDataViewType.Single).Select(c => c.Name).ToList();
        _slotColumns = [.. Enumerable.Range(0, slots).Select(i => Owner(names.Length > i ? names.GetItemOrDefault(i).ToString() : $"slot{i}", inputs))];
        InputColumns = [.. inputs.Where(_slotColumns.Contains)];
        _calculator = ContributionCalculators.Predictor(model) is { } predictor ? ContributionCalculators.For(ml, predictor, slots) : null;
    }

    /// <summary>The input columns the model reads, in the model's order.</summary>
    public ImmutableArray<string> InputColumns { get; }

    /// <summary>Whether the model's family has per-prediction contributions; when not, <see cref="Explain"/> gives none.</summary>
    public bool SupportsContributions => _calculator is not null;

    /// <summary>Reads a model file written by <see cref="Families.FamilyTrainer"/>.</summary>
    public static ModelExplainer Load(byte[] modelFile, int seed)
    {
        ArgumentNullException.ThrowIfNull(modelFile);
        var ml = new MLContext(seed) { GpuDeviceId = null };
        var model = FamilyModelFile.Load(ml, modelFile, out var input);
        return new ModelExplainer(ml, model, input);
    }

    /// <summary>Scores one row given as text by column name (numbers in invariant culture; absent or blank means missing)
    /// and splits its score among the input columns.</summary>
    public PredictionExplanation Explain(IReadOnlyDictionary<string, string?> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var unknown = row.Keys.Where(k => !InputColumns.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
            throw new UserErrorException($"The row names {string.Join(", ", unknown)}, which the model does not read.", $"Give only these columns: {string.Join(", ", InputColumns)}.");
        var scored = _model.Transform(new ColumnsView(_input, [.. _input.Select(c => Value(c, row))]));
        if (_calculator is not null)
            scored = (_fitted ??= _calculator.Fit(scored)).Transform(scored);
        using var cursor = scored.GetRowCursor(scored.Schema);
        cursor.MoveNext();
        var (probability, score) = (Get<float>(cursor, "Probability"), Get<float>(cursor, "Score"));
        if (_calculator is null)
            return new PredictionExplanation(probability, score, []);
        var slots = Get<VBuffer<float>>(cursor, ContributionsColumn).DenseValues().ToArray();
        var byColumn = InputColumns.ToDictionary(c => c, _ => 0.0);
        for (var i = 0; i < slots.Length; i++)
            byColumn[_slotColumns[i]] = byColumn.GetValueOrDefault(_slotColumns[i]) + slots[i];
        return new PredictionExplanation(probability, score,
            [.. InputColumns.Select(c => new ColumnContribution(c, byColumn[c])).OrderByDescending(c => Math.Abs(c.Contribution))]);
    }

    /// <summary>The probability <see cref="Explain"/> gives, without contributions: the model's row mapper is built on the first
    /// call and reused, so a row costs the model's arithmetic rather than a new pipeline. Rows must name only input columns.</summary>
    public double Probability(IReadOnlyDictionary<string, string?> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return (_probability ??= CreateScorer())(row);
    }

    private Func<IReadOnlyDictionary<string, string?>, double> CreateScorer()
    {
        if (!_model.IsRowToRowMapper)
            return row => Explain(row).Probability;
        var mapper = _model.GetRowToRowMapper(_input);
        var input = new SettableRow(_input);
        var column = mapper.OutputSchema["Probability"];
        var getter = mapper.GetRow(input, [column]).GetGetter<float>(column);
        var columns = _input.Where(c => c.Type is not BooleanDataViewType).ToArray();
        return row =>
        {
            foreach (var c in columns)
            {
                var text = row.GetValueOrDefault(c.Name);
                if (c.Type is TextDataViewType)
                    input.SetText(c.Index, (text ?? "").AsMemory());
                else
                    input.SetNumber(c.Index, Number(c, text));
            }
            input.Advance();
            var probability = 0f;
            getter(ref probability);
            return probability;
        };
    }

    // slots are named "column" or "column.onehot.value"; the longest matching input wins, so "a.b" beats "a"
    private static string Owner(string slot, List<string> inputs) =>
        inputs.Where(c => slot == c || slot.StartsWith(c + ".onehot.", StringComparison.Ordinal)).MaxBy(c => c.Length) ?? slot;

    private static Array Value(DataViewSchema.Column column, IReadOnlyDictionary<string, string?> row)
    {
        var text = row.GetValueOrDefault(column.Name);
        if (column.Type is BooleanDataViewType)
            return new[] { false };   // the target: the pipeline copies it into Label, the prediction never reads it
        if (column.Type is TextDataViewType)
            return new[] { (text ?? "").AsMemory() };
        return new[] { Number(column, text) };
    }

    private static float Number(DataViewSchema.Column column, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return float.NaN;
        return float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new UserErrorException($"'{text}' in column {column.Name} is not a number.", "Write numbers with a dot for decimals, or leave the value blank for missing.");
    }

    private static T Get<T>(DataViewRow row, string column)
    {
        T value = default!;
        row.GetGetter<T>(row.Schema[column])(ref value);
        return value;
    }
}

using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Modeling.Training;

using Microsoft.ML;
using Microsoft.ML.Data;

namespace Carbet.Modeling.Tasks;

/// <summary>Loads a task request's CSV columns, the target straight into <c>Label</c>, and reads labels and scores back.</summary>
/// <remarks>A multiclass target is loaded as a key with one value per class, so every fold's model has a score slot for every
/// class even when its training rows lack one; ML.NET stores class index k as key k + 1.</remarks>
internal static class TaskData
{
    public static IDataView Load(MLContext ml, TaskTrainingRequest request, string path)
    {
        var header = CsvHeader.Read(path);
        int Index(string name) => CsvHeader.IndexOf(header, name, path);
        var label = request.Task == TaskKind.Multiclass
            ? new TextLoader.Column(TaskColumns.Label, DataKind.UInt32, Index(request.Target)) { KeyCount = new KeyCount((ulong)request.ClassCount) }
            : new TextLoader.Column(TaskColumns.Label, DataKind.Single, Index(request.Target));
        var columns = new List<TextLoader.Column> { label };
        columns.AddRange(request.NumericFeatures.Select(c => new TextLoader.Column(c, DataKind.Single, Index(c))));
        columns.AddRange(request.CategoricalFeatures.Select(c => new TextLoader.Column(c, DataKind.String, Index(c))));
        columns.AddRange(request.DateFeatures.Select(c => new TextLoader.Column(c, DataKind.String, Index(c))));
        if (request.TimeColumn is { } time)
            columns.Add(new TextLoader.Column(TrainingData.TimeOrderColumn, DataKind.String, Index(time)));
        return ml.Data.CreateTextLoader(new TextLoader.Options
        {
            Columns = [.. columns],
            HasHeader = true,
            Separators = [','],
            AllowQuoting = true,
            TrimWhitespace = true,
            MissingRealsAsNaNs = true,
        }).Load(path);
    }

    /// <summary>The true value of each row: the class index for multiclass (−1 where the key is missing), the number for regression.</summary>
    public static ImmutableArray<double> Labels(IDataView data, TaskKind task)
    {
        var column = data.Schema[TaskColumns.Label];
        using var cursor = data.GetRowCursor([column]);
        var values = ImmutableArray.CreateBuilder<double>();
        if (task == TaskKind.Multiclass)
        {
            var get = cursor.GetGetter<uint>(column);
            uint key = 0;
            while (cursor.MoveNext())
            {
                get(ref key);
                values.Add((double)key - 1);
            }
        }
        else
        {
            var get = cursor.GetGetter<float>(column);
            float value = 0;
            while (cursor.MoveNext())
            {
                get(ref value);
                values.Add(value);
            }
        }
        return values.ToImmutable();
    }

    /// <summary>The time order text of each row, as <see cref="TaskTrainingRequest.TimeColumn"/> holds it.</summary>
    public static ImmutableArray<string> Times(IDataView data)
    {
        var column = data.Schema[TrainingData.TimeOrderColumn];
        using var cursor = data.GetRowCursor([column]);
        var get = cursor.GetGetter<ReadOnlyMemory<char>>(column);
        var values = ImmutableArray.CreateBuilder<string>();
        ReadOnlyMemory<char> text = default;
        while (cursor.MoveNext())
        {
            get(ref text);
            values.Add(text.ToString());
        }
        return values.ToImmutable();
    }

    /// <summary>The labels and the <c>Score</c> column of scored rows.</summary>
    public static TaskPredictions Predictions(IDataView scored, TaskTrainingRequest request)
    {
        var actual = Labels(scored, request.Task);
        var column = scored.Schema[TaskColumns.Score];
        using var cursor = scored.GetRowCursor([column]);
        var scores = ImmutableArray.CreateBuilder<double>();
        if (request.Task == TaskKind.Multiclass)
        {
            var get = cursor.GetGetter<VBuffer<float>>(column);
            var row = default(VBuffer<float>);
            while (cursor.MoveNext())
            {
                get(ref row);
                var dense = row.DenseValues().ToArray();
                var total = dense.Sum(p => (double)p);
                // softmax outputs sum to 1 up to float rounding; renormalising keeps every row a distribution
                scores.AddRange(dense.Select(p => total > 0 ? Math.Clamp(p / total, 0, 1) : 1.0 / dense.Length));
            }
        }
        else
        {
            var get = cursor.GetGetter<float>(column);
            float value = 0;
            while (cursor.MoveNext())
            {
                get(ref value);
                scores.Add(value);
            }
        }
        return new TaskPredictions(request.Task == TaskKind.Multiclass ? request.ClassCount : 0, actual, scores.ToImmutable());
    }
}

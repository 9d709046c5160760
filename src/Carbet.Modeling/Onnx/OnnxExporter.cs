using System.Globalization;

using Carbet.Modeling.Explanation;
using Carbet.Modeling.Families;
using Carbet.Modeling.Tasks;
using Carbet.Modeling.Training;

using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Carbet.Modeling.Onnx;

/// <summary>Exports a fitted Carbet pipeline to ONNX and checks it: ONNX Runtime must give ML.NET's outputs on the held-out rows
/// (binary probabilities, multiclass class probabilities, regression predictions).</summary>
/// <remarks>A binary graph takes every column of the model's input schema, the target included (ML.NET's converter keeps the
/// label copy in the graph); callers feed any value there, the prediction never reads it. A multiclass or regression graph
/// is converted from rows without the target, so it takes only the input columns. Failures are reported in
/// <see cref="OnnxExport.Status"/>, never thrown: a model without ONNX is still a model.</remarks>
public static class OnnxExporter
{
    /// <summary>The largest probability difference accepted between ONNX Runtime and ML.NET.</summary>
    public const double Tolerance = 1e-4;

    /// <summary>Converts a binary <paramref name="modelFile"/> and scores the rows of <paramref name="heldOutCsvPath"/> with both
    /// runtimes, comparing the probabilities.</summary>
    public static OnnxExport Export(byte[] modelFile, BinaryTrainingRequest request, string heldOutCsvPath, int seed)
    {
        ArgumentNullException.ThrowIfNull(modelFile);
        ArgumentNullException.ThrowIfNull(request);
        var ml = new MLContext(seed) { GpuDeviceId = null };
        var model = FamilyModelFile.Load(ml, modelFile, out _);
        var rows = ColumnsView.Read(TrainingData.Load(ml, request with { CsvPath = heldOutCsvPath, TrainBefore = null, TestCsvPath = null }));
        return Check(ml, model, rows, "Probability");
    }

    /// <summary>Converts a multiclass or regression <paramref name="modelFile"/> and scores the rows of
    /// <paramref name="heldOutCsvPath"/> with both runtimes, comparing the <c>Score</c> column: every class probability, or the
    /// predicted number. The target is left out of the graph's inputs.</summary>
    public static OnnxExport Export(byte[] modelFile, TaskTrainingRequest request, string heldOutCsvPath, int seed)
    {
        ArgumentNullException.ThrowIfNull(modelFile);
        ArgumentNullException.ThrowIfNull(request);
        var ml = new MLContext(seed) { GpuDeviceId = null };
        var model = FamilyModelFile.Load(ml, modelFile, out _);
        var rows = ColumnsView.Read(TaskData.Load(ml, request, heldOutCsvPath), TaskColumns.Label);
        return Check(ml, model, rows, TaskColumns.Score);
    }

    private static OnnxExport Check(MLContext ml, ITransformer model, ColumnsView rows, string output)
    {
        var count = (int)rows.GetRowCount()!.Value;
        byte[] onnx;
        float[] expected;
        try
        {
            using var stream = new MemoryStream();
            ml.Model.ConvertToOnnx(model, rows, stream);
            onnx = stream.ToArray();
            expected = Flatten(model.Transform(rows), output);
        }
#pragma warning disable CA1031 // the converter throws many kinds for what it cannot translate; each means "no ONNX"
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new OnnxExport(null, $"unsupported: the converter failed ({e.GetType().Name}: {Short(e.Message)})", null, count);
        }

        float[] actual;
        try
        {
            actual = Score(onnx, rows, count, output + ".output");
        }
#pragma warning disable CA1031 // ONNX Runtime rejects a graph it cannot run with several exception kinds
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new OnnxExport(null, $"unsupported: ONNX Runtime could not score the graph ({e.GetType().Name}: {Short(e.Message)})", null, count);
        }
        var what = output.ToLowerInvariant();
        if (actual.Length != expected.Length)
            return new OnnxExport(null, $"unsupported: ONNX Runtime gave {actual.Length} {what} values where ML.NET gave {expected.Length}", null, count);
        var worst = expected.Zip(actual, (e, a) => float.IsNaN(e) && float.IsNaN(a) ? 0 : Math.Abs((double)e - a)).DefaultIfEmpty(0).Max();
        return double.IsNaN(worst) || worst > Tolerance
            ? new OnnxExport(null, string.Create(CultureInfo.InvariantCulture, $"unsupported: ONNX and ML.NET {what} values differ by up to {worst:G3}, above {Tolerance:G1}"), worst, count)
            : new OnnxExport(onnx, "exported", worst, count);
    }

    // a number per row, or a vector per row (the class probabilities) laid out row after row
    private static float[] Flatten(IDataView scored, string output)
    {
        var column = scored.Schema[output];
        using var cursor = scored.GetRowCursor([column]);
        var values = new List<float>();
        if (column.Type is VectorDataViewType)
        {
            var get = cursor.GetGetter<VBuffer<float>>(column);
            var row = default(VBuffer<float>);
            while (cursor.MoveNext())
            {
                get(ref row);
                values.AddRange(row.DenseValues());
            }
            return [.. values];
        }
        var getValue = cursor.GetGetter<float>(column);
        float value = 0;
        while (cursor.MoveNext())
        {
            getValue(ref value);
            values.Add(value);
        }
        return [.. values];
    }

    private static float[] Score(byte[] onnx, ColumnsView rows, int count, string output)
    {
        using var options = new SessionOptions { LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR };
        using var session = new InferenceSession(onnx, options);
        var inputs = new List<NamedOnnxValue>();
        foreach (var (name, meta) in session.InputMetadata)
        {
            var column = rows.Schema[name];
            var shape = new[] { count, 1 };
            inputs.Add(meta.ElementDataType switch
            {
                TensorElementType.Bool => NamedOnnxValue.CreateFromTensor(name, new DenseTensor<bool>(rows.Values<bool>(column), shape)),
                TensorElementType.String => NamedOnnxValue.CreateFromTensor(name,
                    new DenseTensor<string>(rows.Values<ReadOnlyMemory<char>>(column).Select(v => v.ToString()).ToArray(), shape)),
                _ => NamedOnnxValue.CreateFromTensor(name, new DenseTensor<float>(rows.Values<float>(column), shape)),
            });
        }
        using var results = session.Run(inputs, [output]);
        return [.. results.Single().AsEnumerable<float>()];
    }

    // the status becomes a run parameter: keep the first line, bounded
    private static string Short(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length <= 200 ? line : line[..200] + "...";
    }
}

using System.Buffers.Binary;
using System.Globalization;

namespace Carbet.Modeling.Curves;

/// <summary>Writes scalars as a TensorBoard event file: TFRecord-framed <c>tensorflow.Event</c> messages.</summary>
/// <remarks>Each record is the payload length (uint64, little-endian), the masked CRC-32C of those 8 bytes,
/// the payload and the masked CRC-32C of the payload (<see cref="TfRecordChecksum"/>). The first record
/// names the file version; each later one holds the scalars of one step. Wall times come from the given
/// clock, so a fake clock gives the same bytes every time. The caller owns and disposes the stream.</remarks>
public sealed class TensorBoardWriter
{
    private readonly Stream _stream;
    private readonly TimeProvider _time;

    /// <summary>Starts an event file on <paramref name="stream"/> by writing its version record.</summary>
    public TensorBoardWriter(Stream stream, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(time);
        (_stream, _time) = (stream, time);
        WriteRecord(TensorBoardEvents.Version(WallTime()));
    }

    /// <summary>The file name TensorBoard looks for: <c>events.out.tfevents.&lt;unix seconds&gt;.&lt;host&gt;</c>.</summary>
    public static string FileName(TimeProvider time, string host)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        return string.Create(CultureInfo.InvariantCulture, $"events.out.tfevents.{time.GetUtcNow().ToUnixTimeSeconds()}.{host}");
    }

    /// <summary>A whole event file holding <paramref name="curves"/>, one event per step with every curve's value at it.</summary>
    public static byte[] Encode(IEnumerable<TrainingCurve> curves, TimeProvider time)
    {
        using var buffer = new MemoryStream();
        new TensorBoardWriter(buffer, time).WriteCurves(curves);
        return buffer.ToArray();
    }

    /// <summary>Writes one scalar, such as a tuning trial's value (<see cref="CurveNames.TuningValue"/>) at its trial number.</summary>
    public void WriteScalar(string tag, long step, double value) => WriteScalars(step, [new(tag, value)]);

    /// <summary>Writes several scalars of the same step as one event.</summary>
    public void WriteScalars(long step, IReadOnlyCollection<KeyValuePair<string, double>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var tag in values.Select(v => v.Key))
            ArgumentException.ThrowIfNullOrEmpty(tag, nameof(values));
        WriteRecord(TensorBoardEvents.Scalars(WallTime(), step, values));
        _stream.Flush();
    }

    /// <summary>Writes the curves step by step, tags in ordinal order within a step.</summary>
    public void WriteCurves(IEnumerable<TrainingCurve> curves)
    {
        ArgumentNullException.ThrowIfNull(curves);
        var byStep = curves
            .SelectMany(c => c.Points.Select(p => (c.Name, p.Step, p.Value)))
            .GroupBy(p => p.Step)
            .OrderBy(g => g.Key);
        foreach (var step in byStep)
            WriteScalars(step.Key, [.. step.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new KeyValuePair<string, double>(p.Name, p.Value))]);
    }

    private double WallTime() => _time.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0;

    private void WriteRecord(byte[] payload)
    {
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteUInt64LittleEndian(header, (ulong)payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], TfRecordChecksum.MaskedCrc32C(header[..8]));
        Span<byte> footer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(footer, TfRecordChecksum.MaskedCrc32C(payload));
        _stream.Write(header);
        _stream.Write(payload);
        _stream.Write(footer);
    }
}

using Google.Protobuf;

namespace Carbet.Modeling.Curves;

/// <summary>Encodes the two kinds of <c>tensorflow.Event</c> that scalar logging needs, field by field.</summary>
/// <remarks>Field numbers from tensorflow/core/util/event.proto (Event: wall_time 1, step 2, file_version 3,
/// summary 5) and tensorflow/core/framework/summary.proto (Summary: value 1; Summary.Value: tag 1, simple_value 2).</remarks>
internal static class TensorBoardEvents
{
    public const string FileVersion = "brain.Event:2";

    public static byte[] Version(double wallTime) => Encode(output =>
    {
        output.WriteTag(1, WireFormat.WireType.Fixed64);
        output.WriteDouble(wallTime);
        output.WriteTag(3, WireFormat.WireType.LengthDelimited);
        output.WriteString(FileVersion);
    });

    public static byte[] Scalars(double wallTime, long step, IEnumerable<KeyValuePair<string, double>> values)
    {
        var summary = Encode(output =>
        {
            foreach (var (tag, value) in values)
            {
                output.WriteTag(1, WireFormat.WireType.LengthDelimited);
                output.WriteBytes(ByteString.CopyFrom(Encode(v =>
                {
                    v.WriteTag(1, WireFormat.WireType.LengthDelimited);
                    v.WriteString(tag);
                    v.WriteTag(2, WireFormat.WireType.Fixed32);
                    v.WriteFloat((float)value);
                })));
            }
        });
        return Encode(output =>
        {
            output.WriteTag(1, WireFormat.WireType.Fixed64);
            output.WriteDouble(wallTime);
            output.WriteTag(2, WireFormat.WireType.Varint);
            output.WriteInt64(step);
            output.WriteTag(5, WireFormat.WireType.LengthDelimited);
            output.WriteBytes(ByteString.CopyFrom(summary));
        });
    }

    private static byte[] Encode(Action<CodedOutputStream> write)
    {
        using var buffer = new MemoryStream();
        using (var output = new CodedOutputStream(buffer, leaveOpen: true))
            write(output);
        return buffer.ToArray();
    }
}

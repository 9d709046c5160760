using System.Collections.Immutable;
using System.Text.Json;

using Carbet.Modeling.Curves;
using Carbet.Testing;

using Microsoft.Extensions.Time.Testing;

namespace Carbet.Modeling.Tests.Curves;

public sealed class TensorBoardWriterTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static ImmutableArray<TrainingCurve> Curves =>
    [
        new("iterations/cv_auc", [new(1, 0.61), new(2, 0.7), new(50, 0.8125)]),
        new("iterations/cv_log_loss", [new(1, 0.69), new(2, 0.6), new(50, 0.25)]),
        new("folds/cv_auc", [new(0, 0.75), new(1, 0.5)]),
    ];

    [Fact]
    public void Encode_Curves_IndependentReaderSeesVersionThenOneEventPerStep()
    {
        var path = _folder.File(TensorBoardWriter.FileName(new FakeTimeProvider(Start), "host"));
        File.WriteAllBytes(path, TensorBoardWriter.Encode(Curves, new FakeTimeProvider(Start)));

        var read = EventFileReader.Read(path);

        Assert.Equal(TfRecordChecksum.MaskedCrc32C("123456789"u8), read.GetProperty("crc_check").GetUInt32());
        var events = read.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal("brain.Event:2", events[0].GetProperty("file_version").GetString());
        Assert.Equal(Start.ToUnixTimeSeconds(), events[0].GetProperty("wall_time").GetDouble());
        Assert.Equal([0L, 1, 2, 50], events.Skip(1).Select(e => e.GetProperty("step").GetInt64()));
        var written = events.Skip(1).SelectMany(e => e.GetProperty("values").EnumerateArray()
            .Select(v => (Tag: v.GetProperty("tag").GetString(), Step: e.GetProperty("step").GetInt64(), Value: v.GetProperty("simple_value").GetDouble())));
        var expected = Curves.SelectMany(c => c.Points.Select(p => (Tag: (string?)c.Name, p.Step, p.Value)));
        Assert.Equal(expected.OrderBy(e => e.Step).ThenBy(e => e.Tag, StringComparer.Ordinal).Select(e => (e.Tag, e.Step)),
            written.Select(w => (w.Tag, w.Step)));
        Assert.All(written.Zip(expected.OrderBy(e => e.Step).ThenBy(e => e.Tag, StringComparer.Ordinal)),
            pair => Assert.Equal((float)pair.Second.Value, (float)pair.First.Value));
    }

    [Fact]
    public void WriteScalar_PerTrial_ReaderSeesEachTrialWithItsWallTime()
    {
        var clock = new FakeTimeProvider(Start);
        var path = _folder.File("events.out.tfevents.tuning");
        using (var file = File.Create(path))
        {
            var writer = new TensorBoardWriter(file, clock);
            foreach (var (trial, value, best) in new[] { (0, 0.7, 0.7), (1, 0.75, 0.75), (2, 0.72, 0.75) })
            {
                clock.Advance(TimeSpan.FromMilliseconds(1500));
                writer.WriteScalars(trial, [new(CurveNames.TuningValue, value), new(CurveNames.TuningBestValue, best)]);
            }
        }

        var events = EventFileReader.Read(path).GetProperty("events").EnumerateArray().Skip(1).ToList();

        Assert.Equal([1.5, 3.0, 4.5], events.Select(e => e.GetProperty("wall_time").GetDouble() - Start.ToUnixTimeSeconds()));
        Assert.Equal([0.7f, 0.75f, 0.72f], events.Select(e => Value(e, CurveNames.TuningValue)));
        Assert.Equal([0.7f, 0.75f, 0.75f], events.Select(e => Value(e, CurveNames.TuningBestValue)));
    }

    [Fact]
    public void Encode_OneBitFlippedInAPayload_IndependentReaderRejectsTheCrc()
    {
        var bytes = TensorBoardWriter.Encode(Curves, new FakeTimeProvider(Start));
        bytes[14] ^= 0x01;   // inside the first payload, after its 12-byte header
        var path = _folder.File("events.out.tfevents.corrupt");
        File.WriteAllBytes(path, bytes);

        var (exitCode, _, error) = EventFileReader.TryRead(path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("payload CRC", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_SameClock_SameBytes() =>
        Assert.Equal(TensorBoardWriter.Encode(Curves, new FakeTimeProvider(Start)), TensorBoardWriter.Encode(Curves, new FakeTimeProvider(Start)));

    [Fact]
    public void FileName_Clock_IsUnixSecondsThenHost() =>
        Assert.Equal($"events.out.tfevents.{Start.ToUnixTimeSeconds()}.box", TensorBoardWriter.FileName(new FakeTimeProvider(Start), "box"));

    [Fact]
    public void RunningBest_LowerIsBetter_KeepsTheMinimumSoFar()
    {
        var best = TrainingCurve.RunningBest(CurveNames.TuningBestValue, new("tuning/value", [new(0, 0.5), new(1, 0.7), new(2, 0.4)]), higherIsBetter: false);
        Assert.Equal([0.5, 0.5, 0.4], best.Points.Select(p => p.Value));
    }

    private static float Value(JsonElement e, string tag) =>
        e.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("tag").GetString() == tag).GetProperty("simple_value").GetSingle();
}

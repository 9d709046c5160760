using System.Text;
using System.Text.Json;

using Carbet.Tracking.Predictions;

namespace Carbet.Serving.Logging;

/// <summary>The disk buffer: JSON-lines files, appended by requests when the memory buffer is full, read back by the writer.</summary>
/// <remarks>Appends go to the current file; <see cref="TakeFiles"/> closes it so that the writer reads finished files only.
/// Each file remembers how many of its lines the store has taken, so a delivery cut short by an outage resumes where it stopped.</remarks>
internal sealed class SpillBuffer : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string? _folder;
    private readonly long _maxBytes;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly List<SpillFile> _closed = [];
    private StreamWriter? _current;
    private SpillFile? _currentFile;
    private long _bytes;
    private long _onDisk;

    public SpillBuffer(string? folder, long maxBytes, TimeProvider time)
    {
        (_folder, _maxBytes, _time) = (folder, maxBytes, time);
        if (folder is null)
            return;
        Directory.CreateDirectory(folder);
        foreach (var path in Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadLines(path).Count(l => l.Length > 0);
            _closed.Add(new SpillFile(path) { Lines = lines });
            _bytes += new FileInfo(path).Length;
            Recovered += lines;
        }
        _onDisk = Recovered;
    }

    /// <summary>Predictions left on disk by an earlier process.</summary>
    public long Recovered { get; }

    /// <summary>Predictions on disk that the store has not taken.</summary>
    public long OnDisk => Interlocked.Read(ref _onDisk);

    /// <summary>Appends predictions; false when there is no disk buffer, it is full, or the disk refuses.</summary>
    public bool TryAppend(IReadOnlyList<PredictionRecord> predictions)
    {
        if (_folder is null)
            return false;
        var text = new StringBuilder();
        foreach (var p in predictions)
            text.Append(JsonSerializer.Serialize(p, Json)).Append('\n');
        lock (_lock)
        {
            if (_bytes + text.Length > _maxBytes)
                return false;
            try
            {
                if (_current is null)
                {
                    _currentFile = new SpillFile(Path.Combine(_folder, $"{Guid.CreateVersion7(_time.GetUtcNow()):N}.jsonl"));
                    _current = new StreamWriter(new FileStream(_currentFile.Path, FileMode.CreateNew, FileAccess.Write, FileShare.Read), Encoding.UTF8);
                }
                _current.Write(text);
                // to the operating system now: a crash of this process must not lose what requests were told is logged
                _current.Flush();
            }
            catch (IOException)
            {
                return false;
            }
            _currentFile!.Lines += predictions.Count;
            _bytes += text.Length;
            Interlocked.Add(ref _onDisk, predictions.Count);
            return true;
        }
    }

    /// <summary>The finished files, oldest first, after closing the one being appended to.</summary>
    public IReadOnlyList<SpillFile> TakeFiles()
    {
        lock (_lock)
        {
            CloseCurrent();
            return [.. _closed];
        }
    }

    /// <summary>The lines of a file the store has not taken yet, one prediction each; null for a line that cannot be read
    /// (the last line of a file being written when an earlier process was killed).</summary>
    public static IEnumerable<PredictionRecord?> Read(SpillFile file) =>
        File.ReadLines(file.Path).Where(l => l.Length > 0).Skip(file.Delivered).Select(Parse);

    /// <summary>Records that <paramref name="count"/> more lines of a file are done with; a file done whole is deleted.</summary>
    public void Delivered(SpillFile file, int count)
    {
        file.Delivered += count;
        Interlocked.Add(ref _onDisk, -count);
        if (file.Delivered < file.Lines)
            return;
        lock (_lock)
        {
            _bytes -= new FileInfo(file.Path).Length;
            File.Delete(file.Path);
            _closed.Remove(file);
        }
    }

    /// <summary>Gives up on a file that can no longer be read; returns how many of its lines were not delivered.</summary>
    public int Forget(SpillFile file)
    {
        var lost = file.Lines - file.Delivered;
        Interlocked.Add(ref _onDisk, -lost);
        lock (_lock)
            _closed.Remove(file);
        return lost;
    }

    private static PredictionRecord? Parse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<PredictionRecord>(line, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        lock (_lock)
            CloseCurrent();
    }

    private void CloseCurrent()
    {
        if (_current is null)
            return;
        _current.Dispose();
        _closed.Add(_currentFile!);
        (_current, _currentFile) = (null, null);
    }
}

/// <summary>One file of the disk buffer: how many predictions it holds and how many the store has taken.</summary>
internal sealed class SpillFile(string path)
{
    public string Path { get; } = path;

    public int Lines { get; set; }

    public int Delivered { get; set; }
}

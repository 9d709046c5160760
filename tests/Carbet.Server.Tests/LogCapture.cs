using System.Collections.Concurrent;

using Microsoft.Extensions.Logging;

namespace Carbet.Server.Tests;

/// <summary>A logger provider that keeps every entry: its category, message and structured values.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<Entry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    /// <summary>One entry: the rendered message and each structured value as text.</summary>
    internal sealed record Entry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, string?> Values, string? Exception)
    {
        public override string ToString() => $"{Category}: {Message} [{string.Join(", ", Values.Select(v => $"{v.Key}={v.Value}"))}] {Exception}";
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value is null ? null : Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
                : [];
            capture.Entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), values, exception?.ToString()));
        }
    }
}

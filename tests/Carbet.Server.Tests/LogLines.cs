using System.Collections.Concurrent;

using Microsoft.Extensions.Logging;

namespace Carbet.Server.Tests;

/// <summary>Every log line a server writes, with its formatted message and exception, kept in memory.</summary>
internal sealed class LogLines : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> All => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Lines(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Lines(LogLines owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}

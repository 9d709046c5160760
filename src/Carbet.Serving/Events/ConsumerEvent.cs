namespace Carbet.Serving.Events;

/// <summary>Something the consumer did with a message, for the server's log; carries no input values (an invalid row is named by its fields only).</summary>
/// <param name="Kind"><c>scored</c>, <c>dead_lettered</c>, <c>requeued</c> or <c>failed</c>.</param>
/// <param name="RequestId">The request's id, when the message carried one.</param>
/// <param name="Message">A sentence for people.</param>
/// <param name="Error">The failure, for <c>requeued</c> and <c>failed</c>.</param>
public sealed record ConsumerEvent(string Kind, string? RequestId, string Message, Exception? Error = null);

namespace Carbet.Serving.Validation;

/// <summary>One problem with one field of one input row, in a sentence a client can act on.</summary>
/// <param name="Row">The row's index in the request, from 0.</param>
/// <param name="Field">The column the problem is about.</param>
/// <param name="Message">What is wrong and what is expected; it may quote the value sent, so it is for the client, never the log.</param>
/// <param name="Reason">The kind of problem, one of <see cref="FieldErrorReasons"/>: a label for counting, free of input values.</param>
public sealed record FieldError(int Row, string Field, string Message, string Reason);

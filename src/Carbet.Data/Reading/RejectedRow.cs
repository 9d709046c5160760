namespace Carbet.Data.Reading;

/// <summary>A row left out of the table.</summary>
/// <param name="Line">The 1-based source line where the row starts.</param>
/// <param name="Reason">Why it was left out, e.g. "expected 15 fields, found 14".</param>
public sealed record RejectedRow(long Line, string Reason);

namespace Carbet.Data.DemoWorld;

/// <summary>How far <see cref="DemoWorldWriter.WriteAsync"/> has got.</summary>
/// <param name="MonthsDone">Months written so far.</param>
/// <param name="MonthsTotal">Months to write.</param>
public sealed record DemoWorldProgress(int MonthsDone, int MonthsTotal);

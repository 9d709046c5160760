namespace Carbet.Data.DemoWorld;

/// <summary>The label of one application, and the day the lender learns it.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="Default">Whether the loan defaulted within 12 months.</param>
/// <param name="KnownOn">The default date, or the application date plus 12 months when there was none.</param>
public sealed record LoanOutcome(string ApplicationId, bool Default, DateOnly KnownOn);

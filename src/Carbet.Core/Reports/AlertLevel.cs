namespace Carbet.Core.Reports;

/// <summary>How serious an alert is.</summary>
public enum AlertLevel
{
    /// <summary>Worth knowing.</summary>
    Info,

    /// <summary>Worth checking before going on.</summary>
    Warning,

    /// <summary>Likely to invalidate results.</summary>
    Error,
}

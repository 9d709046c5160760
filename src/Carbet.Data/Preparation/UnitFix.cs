namespace Carbet.Data.Preparation;

/// <summary>How <see cref="FixUnits"/> repairs a value.</summary>
public enum UnitFix
{
    /// <summary>Divide values above the threshold by the factor (typed annually, or in cents).</summary>
    DivideAbove,

    /// <summary>Multiply values below the threshold by the factor (typed in thousands).</summary>
    MultiplyBelow,
}

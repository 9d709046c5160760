namespace Carbet.Modeling.Families;

/// <summary>The column names every family's trainer reads and writes.</summary>
internal static class FamilyColumns
{
    public const string Label = "Label";
    public const string Features = "Features";
    public const string Probability = "Probability";
}

namespace Carbet.Modeling.Tasks;

/// <summary>The column names every task family's trainer reads and writes.</summary>
internal static class TaskColumns
{
    public const string Label = "Label";
    public const string Features = "Features";
    public const string Score = "Score";
}

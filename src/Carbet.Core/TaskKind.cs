namespace Carbet.Core;

/// <summary>The kind of prediction a project asks for.</summary>
public enum TaskKind
{
    /// <summary>Two classes; the result is the probability of the positive one.</summary>
    Binary,

    /// <summary>More than two classes.</summary>
    Multiclass,

    /// <summary>A number.</summary>
    Regression,
}

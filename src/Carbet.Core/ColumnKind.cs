using System.Diagnostics.CodeAnalysis;

namespace Carbet.Core;

/// <summary>What a column holds, as schema inference and models see it.</summary>
[SuppressMessage("Naming", "CA1720", Justification = "The kind names are the words users read in schemas.")]
public enum ColumnKind
{
    /// <summary>Whole numbers.</summary>
    Integer,

    /// <summary>Real numbers.</summary>
    Number,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>A small set of labels.</summary>
    Category,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>A date or a timestamp.</summary>
    DateTime,

    /// <summary>A key that names a row and carries no signal.</summary>
    Identifier,
}

using Carbet.Core;

namespace Carbet.Tracking.Storage;

/// <summary>Checks the names people give things: experiments, runs, keys, models, datasets.</summary>
internal static class Names
{
    public const int MaxLength = 250;

    /// <summary>The name, trimmed; an empty, over-long or control-character name is a user error.</summary>
    public static string Check(string? name, string what)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw new UserErrorException($"The {what} name is empty.", $"Give the {what} a name.");
        if (trimmed.Length > MaxLength)
            throw new UserErrorException($"The {what} name '{trimmed[..40]}...' is longer than {MaxLength} characters.", $"Give the {what} a shorter name.");
        if (trimmed.Any(char.IsControl))
            throw new UserErrorException($"The {what} name '{trimmed}' holds control characters.", $"Give the {what} a name of printable characters.");
        return trimmed;
    }
}

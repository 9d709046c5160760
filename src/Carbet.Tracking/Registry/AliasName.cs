using Carbet.Core;

namespace Carbet.Tracking.Registry;

/// <summary>Alias names: lower-case letters, digits, '-' and '_', so that they read the same in URLs, files and shells.</summary>
internal static class AliasName
{
    public const int MaxLength = 64;

    public static string Check(string alias)
    {
        if (alias is { Length: > 0 and <= MaxLength } && alias.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_'))
            return alias;
        throw new UserErrorException($"'{alias}' is not a valid alias name.",
            $"Use 1 to {MaxLength} lower-case letters, digits, '-' or '_', such as 'champion'.");
    }
}

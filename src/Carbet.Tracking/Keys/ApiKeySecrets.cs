using System.Security.Cryptography;
using System.Text;

namespace Carbet.Tracking.Keys;

/// <summary>How a key's text is made and checked: a public id to find it, 256 random bits to prove it.</summary>
internal static class ApiKeySecrets
{
    public const string Prefix = "carbet_";
    private const int IdBytes = 6;
    private const int SecretBytes = 32;

    /// <summary>A new key's id and full text.</summary>
    public static (string Id, string Text) Create()
    {
        var id = "k" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdBytes));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(SecretBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (id, $"{Prefix}{id}_{secret}");
    }

    /// <summary>The id in a key's text, or null when the text is not shaped like a key.</summary>
    public static string? IdOf(string text)
    {
        if (!text.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        var rest = text.AsSpan(Prefix.Length);
        var cut = rest.IndexOf('_');
        return cut == 1 + (IdBytes * 2) && rest.Length > cut + 1 ? rest[..cut].ToString() : null;
    }

    /// <summary>The stored form of a key: the SHA-256 of its whole text, in hex. Keys carry 256 random bits, so a fast hash
    /// is enough; a password hash's slowness protects only guessable secrets.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Compares in constant time, so the time taken says nothing about how much of a guess was right.</summary>
    public static bool Matches(string text, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(text)), Encoding.ASCII.GetBytes(storedHash));
}

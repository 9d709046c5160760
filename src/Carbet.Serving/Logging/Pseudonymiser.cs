using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using Carbet.Core;

namespace Carbet.Serving.Logging;

/// <summary>Replaces configured input fields by keyed pseudonyms before a prediction is stored: HMAC-SHA256 of the field's
/// name and value under a secret key (GDPR art. 4(5); CNIL's guidance on pseudonymisation), so the same value always gives the
/// same pseudonym and monitoring can still count by group, but the stored rows hold no raw value and nobody without the key
/// can recompute a pseudonym from a guessed value.</summary>
/// <remarks>A string is keyed by its text, any other JSON value by its JSON text; null stays null, as a missing value
/// reveals nothing.</remarks>
public sealed class Pseudonymiser
{
    /// <summary>The environment variable the key is read from by <see cref="FromEnvironment"/>.</summary>
    public const string KeyVariable = "CARBET_PSEUDONYMISATION_KEY";

    /// <summary>The fewest characters a key may have.</summary>
    public const int MinimumKeyLength = 16;

    private readonly byte[] _key;

    /// <summary>Pseudonymises <paramref name="fields"/> under <paramref name="key"/>.</summary>
    public Pseudonymiser(IEnumerable<string> fields, string key)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (string.IsNullOrEmpty(key) || key.Length < MinimumKeyLength)
            throw new UserErrorException($"The pseudonymisation key has {key?.Length ?? 0} characters, fewer than {MinimumKeyLength}.",
                $"Set {KeyVariable} to a random secret of at least 32 characters (e.g. openssl rand -base64 32) and keep it out of the store.");
        Fields = fields.Select(f => f.Trim()).Where(f => f.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (Fields.Count == 0)
            throw new UserErrorException("No field to pseudonymise was named.", "Name the input fields to pseudonymise, separated by commas, e.g. sex,commune.");
        _key = Encoding.UTF8.GetBytes(key);
    }

    /// <summary>The input fields replaced by pseudonyms.</summary>
    public IReadOnlySet<string> Fields { get; }

    /// <summary>A pseudonymiser of <paramref name="fields"/> with the key of <see cref="KeyVariable"/>.</summary>
    public static Pseudonymiser FromEnvironment(IEnumerable<string> fields) =>
        new(fields, Environment.GetEnvironmentVariable(KeyVariable) is { Length: > 0 } key ? key
            : throw new UserErrorException($"Pseudonymising inputs needs a secret key, and {KeyVariable} is not set.",
                $"Set {KeyVariable} to a random secret of at least 32 characters (e.g. openssl rand -base64 32), the same for every server of the model."));

    /// <summary>The row with each configured field's value replaced by its pseudonym; other fields as sent.</summary>
    public IReadOnlyDictionary<string, JsonElement> Apply(IReadOnlyDictionary<string, JsonElement> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!row.Keys.Any(Fields.Contains))
            return row;
        return row.ToDictionary(p => p.Key, p => Fields.Contains(p.Key) && p.Value.ValueKind != JsonValueKind.Null
            ? JsonSerializer.SerializeToElement(Pseudonym(p.Key, p.Value))
            : p.Value, StringComparer.Ordinal);
    }

    /// <summary>The pseudonym of <paramref name="value"/> in <paramref name="field"/>: <c>ps_</c> and 24 hexadecimal digits.</summary>
    public string Pseudonym(string field, JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        var digest = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{field}\u001f{text}"));
        return "ps_" + Convert.ToHexStringLower(digest)[..24];
    }
}

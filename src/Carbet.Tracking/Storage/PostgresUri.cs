using Carbet.Core;

using Npgsql;

namespace Carbet.Tracking.Storage;

/// <summary>Reads <c>postgres://user:password@host:port/database?sslmode=require</c>, the form cloud providers hand out.</summary>
internal static class PostgresUri
{
    public static NpgsqlConnectionStringBuilder Parse(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new UserErrorException("The PostgreSQL URI is not valid.",
                "Write it as postgres://user:password@host:5432/database.");
        }
        var settings = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
            settings.Port = uri.Port;
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
            settings.Database = database;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            settings.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
                settings.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (k, v) : (pair, "");
            try
            {
                settings[Keyword(Uri.UnescapeDataString(key))] = Uri.UnescapeDataString(value);
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                throw new UserErrorException($"The PostgreSQL URI option '{key}' is not valid: {e.Message}",
                    "Remove the option or use a keyword Npgsql knows, such as sslmode.");
            }
        }
        return settings;
    }

    private static string Keyword(string key) => key.ToUpperInvariant() switch
    {
        "SSLMODE" => "SSL Mode",
        "CONNECT_TIMEOUT" => "Timeout",
        "APPLICATION_NAME" => "Application Name",
        _ => key,
    };
}

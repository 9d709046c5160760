using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using Carbet.Core;

namespace Carbet.Server.Tests.Fuzz;

/// <summary>One generated request: the body's bytes, its content type (null: no header) and what was done to it.</summary>
internal sealed record FuzzCase(int Index, string Kind, byte[] Body, string? ContentType);

/// <summary>Predict bodies mutated from valid ones: fields dropped, duplicated or of the wrong type, huge numbers, NaN and
/// Infinity literals, deep nesting, truncation, random and invalid UTF-8 bytes, long strings, wrong shapes.</summary>
/// <remarks>Case <c>i</c> depends only on the seed and <c>i</c>, so a failing case can be regenerated alone.</remarks>
internal sealed class RequestBodyFuzzer(IEnumerable<Dictionary<string, JsonElement>> rows, int seed)
{
    private const string Raw = "\u0001raw\u0001";

    private static readonly string[] RawValues =
    [
        "1e308", "-1e308", "1e309", "-1e400", "1e-400", "4.9e-324", "123456789012345678901234567890123456789", "-0", "0.0",
        "NaN", "-NaN", "Infinity", "-Infinity", "0x10", "01", "1.", ".5", "+1", "--1", "1e", "tru", "nul", "undefined",
        "\"\\ud800\"", "\"\\u12\"", "\"\\x41\"", "\"\u0000\"", "\"NaN\"", "\"Infinity\"", "\"1e309\"", "\"\"", "[]", "{}", "[null]",
        "{\"a\":{\"b\":{}}}", "true", "false", "null", "2147483648", "-2147483649", "9223372036854775808", "1.7976931348623157e309",
    ];

    private static readonly string?[] ContentTypes =
    [
        null, "text/plain", "application/xml", "application/json; charset=utf-16", "application/json; charset=bogus",
        "application/problem+json", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json; charset=\"",
        "*/*", "application/", ";;;",
    ];

    private readonly CarbetContext _context = new(seed);
    private readonly string[] _rows = [.. rows.Select(r => JsonSerializer.Serialize(r))];

    public FuzzCase Create(int index)
    {
        var random = _context.CreateRandom($"fuzz/{index}");
        var (kind, body) = random.Next(10) switch
        {
            < 6 => Structural(random),
            < 9 => ByteLevel(random),
            _ => Whole(random),
        };
        var contentType = random.Next(12) == 0 ? ContentTypes[random.Next(ContentTypes.Length)] : "application/json";
        return new FuzzCase(index, contentType == "application/json" ? kind : $"{kind} as {contentType ?? "no content type"}", body, contentType);
    }

    private (string, byte[]) Structural(Random random)
    {
        var (body, kinds, raws) = (Valid(random), new List<string>(), new List<string>());
        for (var n = 1 + random.Next(3); n > 0; n--)
            kinds.Add(Mutate(random, body, raws));
        var text = body.ToJsonString();
        foreach (var raw in raws)
        {
            var at = text.IndexOf(JsonSerializer.Serialize(Raw), StringComparison.Ordinal);
            if (at < 0)
                break;   // a later mutation replaced the node that held it
            text = text[..at] + raw + text[(at + JsonSerializer.Serialize(Raw).Length)..];
        }
        return (string.Join(", ", kinds), Encoding.UTF8.GetBytes(text));
    }

    private string Mutate(Random random, JsonObject body, List<string> raws)
    {
        var row = body["row"] as JsonObject ?? (body["rows"] as JsonArray)?.FirstOrDefault(r => r is JsonObject) as JsonObject;
        var field = row is { Count: > 0 } ? row.ElementAt(random.Next(row.Count)).Key : "loan_amount";
        switch (random.Next(14))
        {
            case 0:
                row?.Remove(field);
                return $"drop {field}";
            case 1 when row is not null:
                row[$"{field}\u200b{random.Next(100)}"] = Value(random, raws, out _);
                return "unknown field";
            case 2 when row is not null:
                row[field] = Value(random, raws, out var what);
                return $"{field} = {what}";
            case 3:
                raws.Add(new string('[', 10 + random.Next(5000)));
                body["row"] = Raw;
                return "deep nesting";
            case 4:
                body[random.Next(2) == 0 ? "row" : "rows"] = Value(random, raws, out var shape);
                return $"row or rows = {shape}";
            case 5:
                body[new[] { "alias", "version", "contributions" }[random.Next(3)]] = Value(random, raws, out var meta);
                return $"alias, version or contributions = {meta}";
            case 6 when random.Next(10) == 0:
                raws.Add($"[{string.Join(",", Enumerable.Range(0, 1001).Select(_ => _rows[random.Next(_rows.Length)]))}]");
                body["rows"] = Raw;
                return "more rows than allowed";
            case 7 when row is not null:
                var chunk = new string([.. Enumerable.Range(0, 64).Select(_ => (char)random.Next(32, 0x2FFF))]);
                row[field] = string.Concat(Enumerable.Repeat(chunk, 1 + random.Next(300)));
                return $"{field} = a long string";
            case 8:
                body[new string('k', 1 + random.Next(20_000))] = 1;
                return "long property name";
            case 9:
                raws.Add($"{JsonSerializer.Serialize(Row(random))}, \"row\": {JsonSerializer.Serialize(Row(random))}");
                body["row"] = Raw;
                return "duplicate row";
            case 10 when row is not null:
                raws.Add($"{RawValues[random.Next(RawValues.Length)]}, \"{field}\": {RawValues[random.Next(RawValues.Length)]}");
                row[field] = Raw;
                return $"duplicate {field}";
            default:
                body.Remove(random.Next(2) == 0 ? "row" : "rows");
                return "drop row or rows";
        }
    }

    private static JsonNode? Value(Random random, List<string> raws, out string what)
    {
        var value = RawValues[random.Next(RawValues.Length)];
        raws.Add(value);
        what = value.Length > 20 ? value[..20] : value;
        return Raw;
    }

    private (string, byte[]) ByteLevel(Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(Valid(random).ToJsonString()).ToList();
        string kind;
        switch (random.Next(5))
        {
            case 0:
                var keep = random.Next(bytes.Count);
                bytes.RemoveRange(keep, bytes.Count - keep);
                kind = $"truncated at {keep}";
                break;
            case 1:
                for (var n = 1 + random.Next(8); n > 0; n--)
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                kind = "random bytes replaced";
                break;
            case 2:
                byte[][] invalid = [[0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xE2, 0x82]];
                var quote = bytes.IndexOf((byte)'"', random.Next(bytes.Count));
                bytes.InsertRange(quote < 0 ? 1 : quote + 1, invalid[random.Next(invalid.Length)]);
                kind = "invalid UTF-8";
                break;
            case 3:
                bytes.InsertRange(0, random.Next(2) == 0 ? [0xEF, 0xBB, 0xBF] : [0xFE, 0xFF]);
                kind = "byte-order mark";
                break;
            default:
                bytes.InsertRange(random.Next(bytes.Count), Encoding.UTF8.GetBytes(RawValues[random.Next(RawValues.Length)]));
                kind = "literal inserted";
                break;
        }
        return (kind, [.. bytes]);
    }

    private static (string, byte[]) Whole(Random random) => random.Next(6) switch
    {
        0 => ("empty body", []),
        1 => ("random bytes", [.. Enumerable.Range(0, random.Next(4096)).Select(_ => (byte)random.Next(256))]),
        2 => ("top-level literal", Encoding.UTF8.GetBytes(RawValues[random.Next(RawValues.Length)])),
        3 => ("array of bodies", Encoding.UTF8.GetBytes("[{\"row\": {}}]")),
        4 => ("whitespace", Encoding.UTF8.GetBytes(new string(' ', random.Next(20_000)))),
        _ => ("deep objects", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"row\":", 1 + random.Next(2000))))),
    };

    private JsonObject Valid(Random random) => random.Next(2) == 0
        ? new JsonObject { ["row"] = Row(random) }
        : new JsonObject { ["rows"] = new JsonArray([.. Enumerable.Range(0, 1 + random.Next(5)).Select(_ => Row(random))]) };

    private JsonObject Row(Random random) => JsonNode.Parse(_rows[random.Next(_rows.Length)])!.AsObject();
}

using System.Text.Json;

using Carbet.Server.Contracts;

namespace Carbet.Server.Tests.Contracts;

public sealed class JsonRowConverterTests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonRowConverter() } };

    [Fact]
    public void Read_Request_GivesTheSameRowsAsTheDefaultConverter()
    {
        const string body = """{"rows": [{"a": 1.5, "b": "x", "c": null, "d": [1, {"e": true}]}, {"a": -2e3, "b": "é\u00e9"}], "row": {"z": 0}}""";

        var custom = JsonSerializer.Deserialize<PredictionRequest>(body, Options)!;
        var standard = JsonSerializer.Deserialize<PredictionRequest>(body, JsonSerializerOptions.Web)!;

        Assert.Equal(Texts(standard.Rows!), Texts(custom.Rows!));
        Assert.Equal(Texts([standard.Row]), Texts([custom.Row]));
        Assert.Equal(JsonValueKind.Null, custom.Rows![0]!["c"].ValueKind);
    }

    [Fact]
    public void Read_FieldSentTwice_KeepsTheLastValue()
    {
        var request = JsonSerializer.Deserialize<PredictionRequest>("""{"row": {"a": "first", "a": 2}}""", Options)!;

        Assert.Equal(2, request.Row!["a"].GetInt32());
    }

    [Fact]
    public void Read_RowThatIsNotAnObject_FailsAsTheDefaultConverterDoes()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PredictionRequest>("""{"rows": [[1, 2]]}""", Options));

        Assert.Contains("$.rows[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Row_GivesTheSameJsonAsTheDefaultConverter()
    {
        var row = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>("""{"a": 1, "b": ["x", null]}""", Options)!;

        Assert.Equal(JsonSerializer.Serialize(row), JsonSerializer.Serialize(row, Options));
    }

    private static List<string> Texts(IEnumerable<Dictionary<string, JsonElement>?> rows) =>
        [.. rows.Select(r => string.Join(";", r!.Select(f => $"{f.Key}={f.Value.GetRawText()}")))];
}

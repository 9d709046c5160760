using System.Text.Json;

using Carbet.Core;
using Carbet.Serving.Logging;

namespace Carbet.Serving.Tests.Logging;

public sealed class PseudonymiserTests
{
    private const string Key = "a-secret-of-more-than-16-chars";

    private static Dictionary<string, JsonElement> Row(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

    [Fact]
    public void Apply_ConfiguredFields_ReplacedByStablePseudonymsOthersAsSent()
    {
        var pseudonymiser = new Pseudonymiser(["sex", " commune "], Key);

        var first = pseudonymiser.Apply(Row("""{"sex": "F", "commune": "Basse-Terre", "income": 2100.5}"""));
        var second = pseudonymiser.Apply(Row("""{"sex": "F", "commune": "Cayenne", "income": 1800}"""));

        Assert.StartsWith("ps_", first["sex"].GetString(), StringComparison.Ordinal);
        Assert.Equal(27, first["sex"].GetString()!.Length);
        Assert.Equal(first["sex"].GetString(), second["sex"].GetString());   // same value, same pseudonym: groups can still be counted
        Assert.NotEqual(first["commune"].GetString(), second["commune"].GetString());
        Assert.Equal(2100.5, first["income"].GetDouble());
        Assert.DoesNotContain("Basse-Terre", JsonSerializer.Serialize(first), StringComparison.Ordinal);
    }

    [Fact]
    public void Pseudonym_OtherKeyOrOtherField_Differs()
    {
        var value = JsonSerializer.SerializeToElement("F");
        var pseudonym = new Pseudonymiser(["sex"], Key).Pseudonym("sex", value);

        Assert.NotEqual(pseudonym, new Pseudonymiser(["sex"], Key + "!").Pseudonym("sex", value));
        Assert.NotEqual(pseudonym, new Pseudonymiser(["sex"], Key).Pseudonym("gender", value));
        // computed apart: printf 'sex\037F' | openssl dgst -sha256 -hmac a-secret-of-more-than-16-chars
        Assert.Equal("ps_a8d60dd2a8b04031ac87202d", pseudonym);
    }

    [Fact]
    public void Apply_NullValueAndRowWithoutTheFields_LeftAsTheyAre()
    {
        var pseudonymiser = new Pseudonymiser(["sex"], Key);
        var row = Row("""{"income": 1000}""");

        Assert.Same(row, pseudonymiser.Apply(row));
        Assert.Equal(JsonValueKind.Null, pseudonymiser.Apply(Row("""{"sex": null}"""))["sex"].ValueKind);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("")]
    public void Constructor_KeyTooShort_SaysHowToMakeOne(string key)
    {
        var error = Assert.Throws<UserErrorException>(() => new Pseudonymiser(["sex"], key));

        Assert.Contains(Pseudonymiser.KeyVariable, error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoField_IsAUserError()
    {
        Assert.Throws<UserErrorException>(() => new Pseudonymiser([" ", ""], Key));
    }
}

using System.Text;

using Carbet.Data.Csv;

namespace Carbet.Data.Tests.Csv;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rlf", "\"cr\rlf\"")]
    [InlineData("guadeloupe ", "\"guadeloupe \"")]
    [InlineData(" lead", "\" lead\"")]
    [InlineData("in side", "in side")]
    [InlineData("Guyane française", "Guyane française")]
    public void Escape_Field_QuotesOnlyWhenNeeded(string field, string expected)
    {
        Assert.Equal(expected, CsvWriter.Escape(field));
    }

    [Fact]
    public async Task WriteRow_Rows_Utf8WithoutBomLfEndsAndNullAsEmpty()
    {
        var ct = TestContext.Current.CancellationToken;
        using var stream = new MemoryStream();
        await using (var csv = new CsvWriter(stream, leaveOpen: true))
        {
            csv.WriteHeader(["a", "b", "c"]);
            csv.WriteRow(["é", null, "x,y"]);
            csv.WriteRow(["", "1.5", "\"q\""]);
            await csv.FlushAsync(ct);
            Assert.Equal(2, csv.Rows);
        }
        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Equal("a,b,c\né,,\"x,y\"\n,1.5,\"\"\"q\"\"\"\n", text);
        Assert.DoesNotContain('\r', text);
        Assert.Equal([["a", "b", "c"], ["é", "", "x,y"], ["", "1.5", "\"q\""]], CsvText.Parse(text));
    }
}

using Carbet.Data.Tables;
using Carbet.Testing;

namespace Carbet.Data.Tests.Tables;

public sealed class DataTableCsvTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task WriteAsync_SomeRows_WritesHeaderAndThoseRowsInOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        var table = (await Reading.Csv.LoadAsync(_folder, "id,name\n1,a\n2,\"b, c\"\n3,d\n")).Table;
        var path = _folder.File("subset.csv");

        await DataTableCsv.WriteAsync(table, path, [2, 1], ct);

        Assert.Equal("id,name\n3,d\n2,\"b, c\"\n", (await File.ReadAllTextAsync(path, ct)).ReplaceLineEndings("\n"));
    }
}

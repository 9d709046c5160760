using System.Text;

using Carbet.Data.Reading;
using Carbet.Testing;

namespace Carbet.Data.Tests.Reading;

/// <summary>Writes a small file in a temp folder and loads it.</summary>
internal static class Csv
{
    public static Task<LoadedTable> LoadAsync(TempFolder folder, string text, LoadOptions? options = null, string name = "data.csv") =>
        LoadBytesAsync(folder, new UTF8Encoding(false).GetBytes(text), options, name);

    public static async Task<LoadedTable> LoadBytesAsync(TempFolder folder, byte[] bytes, LoadOptions? options = null, string name = "data.csv")
    {
        var path = folder.File(name);
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
        return await TableLoader.LoadAsync(new CsvSource(path), options ?? new LoadOptions(), null, TestContext.Current.CancellationToken);
    }
}

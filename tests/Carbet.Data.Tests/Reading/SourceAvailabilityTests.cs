using Carbet.Data.Reading;
using Carbet.Testing;

namespace Carbet.Data.Tests.Reading;

public sealed class SourceAvailabilityTests
{
    [Fact]
    public async Task CheckAsync_ExistingFile_ReportsShapeNewestTimestampAndLastModified()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var path = folder.File("a.csv");
        await File.WriteAllTextAsync(path, "id,day,y\n1,2024-01-05,0\n2,2024-03-09,1\n3,,1\n", ct);
        var modified = new DateTime(2025, 6, 1, 12, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, modified);
        var result = await SourceAvailability.CheckAsync(new CsvSource(path), ["id", "y"], "day", ct);
        Assert.True(result.Reachable && result.Readable);
        Assert.Null(result.Problem);
        Assert.Equal((3L, 3), (result.Rows, result.Columns));
        Assert.Equal(new DateTimeOffset(2024, 3, 9, 0, 0, 0, TimeSpan.Zero), result.NewestTimestamp);
        Assert.Equal(new DateTimeOffset(modified), result.LastModified);
        Assert.Empty(result.MissingRequiredColumns);
    }

    [Fact]
    public async Task CheckAsync_MissingFile_ReportsProblemWithoutThrowing()
    {
        using var folder = new TempFolder();
        var result = await SourceAvailability.CheckAsync(new CsvSource(folder.File("gone.csv")), [], null, TestContext.Current.CancellationToken);
        Assert.False(result.Reachable);
        Assert.False(result.Readable);
        Assert.Contains("does not exist", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_RequiredColumnMissing_ListsIt()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var path = folder.File("a.csv");
        await File.WriteAllTextAsync(path, "id,y\n1,0\n", ct);
        var result = await SourceAvailability.CheckAsync(new CsvSource(path), ["id", "income"], null, ct);
        Assert.Equal(["income"], result.MissingRequiredColumns);
        Assert.Contains("income", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_UnreadableFile_ReportsProblem()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var path = folder.File("empty.csv");
        await File.WriteAllTextAsync(path, "", ct);
        var result = await SourceAvailability.CheckAsync(new CsvSource(path), [], null, ct);
        Assert.True(result.Reachable);
        Assert.False(result.Readable);
        Assert.Contains("empty", result.Problem, StringComparison.Ordinal);
    }
}

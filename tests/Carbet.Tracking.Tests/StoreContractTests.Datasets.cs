using Carbet.Core;
using Carbet.Tracking.Datasets;

namespace Carbet.Tracking.Tests;

public abstract partial class StoreContractTests
{
    private static string Hash(char c) => new(c, 64);

    [Fact]
    public async Task RegisterVersionAsync_NewContents_NumbersFromOneWithLineage()
    {
        var dataset = UniqueName("loans");
        var raw = await Store.Datasets.RegisterVersionAsync(new NewDatasetVersion(dataset, Hash('a'), Signature, 1_000) { Source = "data/loans.csv" }, Ct);

        var prepared = await Store.Datasets.RegisterVersionAsync(new NewDatasetVersion(dataset, Hash('b'), Signature, 990)
        {
            ParentId = raw.Id,
            Recipe = "{\"steps\":[\"dedupe\"]}",
        }, Ct);

        Assert.Equal((1, 2), (raw.Version, prepared.Version));
        Assert.Equal(raw.Id, prepared.ParentId);
        var read = await Store.Datasets.GetAsync(prepared.Id, Ct);
        Assert.NotNull(read);
        Assert.Equal(Signature, read.Schema);
        Assert.Equal((dataset, 990L, "{\"steps\":[\"dedupe\"]}", raw.Id), (read.Dataset, read.Rows, read.Recipe, read.ParentId));
        Assert.Equal([raw.Id, prepared.Id], (await Store.Datasets.ListVersionsAsync(dataset, Ct)).Select(v => v.Id));
    }

    [Fact]
    public async Task RegisterVersionAsync_SameContentAgain_ReturnsExistingVersion()
    {
        var dataset = UniqueName("loans");
        var first = await Store.Datasets.RegisterVersionAsync(new NewDatasetVersion(dataset, Hash('c'), Signature, 10), Ct);

        var again = await Store.Datasets.RegisterVersionAsync(new NewDatasetVersion(dataset, Hash('C'), Signature, 10), Ct);

        Assert.Equal(first, again);
        Assert.Single(await Store.Datasets.ListVersionsAsync(dataset, Ct));
    }

    [Fact]
    public async Task RegisterVersionAsync_ConcurrentDistinctContents_GetDistinctNumbers()
    {
        var dataset = UniqueName("loans");

        var versions = await Task.WhenAll("01234567".Select(c => Task.Run(() =>
            Store.Datasets.RegisterVersionAsync(new NewDatasetVersion(dataset, Hash(c), Signature, 1), Ct), Ct)));

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], versions.Select(v => v.Version).Order());
    }

    [Fact]
    public async Task RegisterVersionAsync_UnknownParent_ThrowsUserError()
    {
        var error = await Assert.ThrowsAsync<UserErrorException>(() => Store.Datasets.RegisterVersionAsync(
            new NewDatasetVersion(UniqueName("loans"), Hash('d'), Signature, 1) { ParentId = "missing" }, Ct));

        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_UnknownDatasetVersion_ReturnsNull()
    {
        Assert.Null(await Store.Datasets.GetAsync("missing", Ct));
        Assert.Empty(await Store.Datasets.ListVersionsAsync("missing", Ct));
    }
}

using Carbet.Core;

namespace Carbet.Tracking.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task LogArtifactAsync_File_IsStoredByHashAndListed()
    {
        var run = await StartRunAsync(UniqueName("exp"));

        var logged = await Store.Runs.LogArtifactAsync(run.Id, @"reports\roc.json", Bytes("{\"auc\":0.8}"), Ct);

        Assert.Equal("reports/roc.json", logged.Path);
        Assert.Equal(11, logged.Size);
        Assert.Equal(logged, Assert.Single(await Store.Runs.ListArtifactsAsync(run.Id, Ct)));
        using var reader = new StreamReader(Store.Artifacts.OpenRead(logged.Sha256));
        Assert.Equal("{\"auc\":0.8}", await reader.ReadToEndAsync(Ct));
        Assert.StartsWith(Path.Combine(Folder, ".carbet", "artifacts"), Store.Artifacts.Root, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogArtifactAsync_SamePathTwice_NewestWins()
    {
        var run = await StartRunAsync(UniqueName("exp"));
        await Store.Runs.LogArtifactAsync(run.Id, "model.zip", Bytes("first"), Ct);

        var second = await Store.Runs.LogArtifactAsync(run.Id, "model.zip", Bytes("second, longer"), Ct);

        Assert.Equal(second, Assert.Single(await Store.Runs.ListArtifactsAsync(run.Id, Ct)));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData(@"C:\x")]
    [InlineData("a/../../b")]
    [InlineData(@"..\x")]
    [InlineData("")]
    public async Task LogArtifactAsync_PathLeavingTheRun_ThrowsAndWritesNothing(string path)
    {
        var run = await StartRunAsync(UniqueName("exp"));
        var before = Directory.GetFileSystemEntries(Folder, "*", SearchOption.AllDirectories).Order().ToList();

        await Assert.ThrowsAsync<UserErrorException>(() => Store.Runs.LogArtifactAsync(run.Id, path, Bytes("payload"), Ct));

        Assert.Empty(await Store.Runs.ListArtifactsAsync(run.Id, Ct));
        Assert.Equal(before, Directory.GetFileSystemEntries(Folder, "*", SearchOption.AllDirectories).Order().ToList());
    }
}

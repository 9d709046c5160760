using System.Security.Cryptography;
using System.Text;

using Carbet.Core;
using Carbet.Testing;
using Carbet.Tracking.Artifacts;

namespace Carbet.Tracking.Tests.Artifacts;

public sealed class LocalArtifactStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LocalArtifactStore _store;

    public LocalArtifactStoreTests() => _store = new LocalArtifactStore(_folder.File("artifacts"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    private string[] StoredFiles() => Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories);

    [Fact]
    public async Task PutAsync_Content_StoredUnderItsHash()
    {
        var stored = await _store.PutAsync(Bytes("hello"), Ct);

        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("hello")));
        Assert.Equal(new StoredContent(expected, 5), stored);
        Assert.Equal([Path.Combine(_store.Root, "sha256", expected[..2], expected)], StoredFiles());
        Assert.True(_store.Contains(expected));
        using var reader = new StreamReader(_store.OpenRead(expected.ToUpperInvariant()));
        Assert.Equal("hello", await reader.ReadToEndAsync(Ct));
    }

    [Fact]
    public async Task PutAsync_SameContentFromConcurrentWriters_StoredOnce()
    {
        var content = new string('x', 300_000);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => _store.PutAsync(Bytes(content), Ct), Ct)));

        Assert.Single(results.Distinct());
        Assert.Single(StoredFiles());
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData(@"C:\x")]
    [InlineData("a/../../b")]
    [InlineData(@"..\x")]
    [InlineData("../../../../../../../../../../../../../../../../../../../../../../../../../../etc/passwd")]
    [InlineData("abcdef0123456789abcdef0123456789abcdef0123456789abcdef012345678")]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")]
    public void OpenRead_NotAHash_ThrowsUserError(string sha256)
    {
        Assert.Throws<UserErrorException>(() => _store.OpenRead(sha256));
        Assert.False(_store.Contains(sha256));
    }

    [Fact]
    public void OpenRead_UnknownHash_ThrowsUserError()
    {
        var error = Assert.Throws<UserErrorException>(() => _store.OpenRead(new string('a', 64)));

        Assert.Contains(new string('a', 64), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("model/model.zip", "model/model.zip")]
    [InlineData(@"reports\roc.json", "reports/roc.json")]
    [InlineData("./a//b/", "a/b")]
    public void Normalize_RelativePath_UsesForwardSlashes(string path, string expected)
    {
        Assert.Equal(expected, ArtifactPath.Normalize(path));
    }
}

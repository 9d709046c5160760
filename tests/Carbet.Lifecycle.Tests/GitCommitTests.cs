using Carbet.Testing;

namespace Carbet.Lifecycle.Tests;

public sealed class GitCommitTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Find_LooseBranchRef_ReadsTheCommitFromASubfolder()
    {
        var git = Directory.CreateDirectory(Path.Combine(_folder.Path, ".git", "refs", "heads")).Parent!.Parent!.FullName;
        File.WriteAllText(Path.Combine(git, "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(git, "refs", "heads", "main"), new string('a', 40) + "\n");
        var sub = Directory.CreateDirectory(Path.Combine(_folder.Path, "work", "deep")).FullName;
        Assert.Equal(new string('a', 40), GitCommit.Find(sub));
    }

    [Fact]
    public void Find_PackedRef_ReadsIt()
    {
        var git = Directory.CreateDirectory(Path.Combine(_folder.Path, ".git")).FullName;
        File.WriteAllText(Path.Combine(git, "HEAD"), "ref: refs/heads/release\n");
        File.WriteAllText(Path.Combine(git, "packed-refs"), "# pack-refs with: peeled\n" + new string('b', 40) + " refs/heads/release\n");
        Assert.Equal(new string('b', 40), GitCommit.Find(_folder.Path));
    }

    [Fact]
    public void Find_DetachedHead_ReadsIt()
    {
        var git = Directory.CreateDirectory(Path.Combine(_folder.Path, ".git")).FullName;
        File.WriteAllText(Path.Combine(git, "HEAD"), new string('c', 40) + "\n");
        Assert.Equal(new string('c', 40), GitCommit.Find(_folder.Path));
    }
}

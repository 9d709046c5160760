using Carbet.Testing;

namespace Carbet.Architecture.Tests;

public sealed class FileSizeTests
{
    [Fact]
    public void SourceFiles_Always_StayUnder500Lines()
    {
        var long_ = Directory.EnumerateFiles(Repo.Path("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/Migrations/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Where(f => File.ReadLines(f).Count() > 500)
            .ToList();
        Assert.True(long_.Count == 0, "Split these files by concept: " + string.Join(", ", long_));
    }
}

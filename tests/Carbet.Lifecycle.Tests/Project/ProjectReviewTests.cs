using Carbet.Core;
using Carbet.Lifecycle.Project;
using Carbet.Testing;

namespace Carbet.Lifecycle.Tests.Project;

public sealed class ProjectReviewTests : IDisposable
{
    private const string Minimal = "name: p\ndata:\n  source: rows.csv\n  target: y\n";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ProjectFile Load(string yaml)
    {
        File.WriteAllText(_folder.File("carbet.yaml"), yaml);
        return ProjectFileLoader.Load(_folder.File("carbet.yaml"));
    }

    [Fact]
    public void Load_NoReviewSection_HasNoBand() => Assert.Null(Load(Minimal).Review);

    [Fact]
    public void Load_Band_ReadsLowAndHigh() =>
        Assert.Equal(new ReviewSection(0.35, 0.65), Load(Minimal + "review: { band: [0.35, 0.65] }\n").Review);

    [Theory]
    [InlineData("review: { band: [0.65, 0.35] }\n")]
    [InlineData("review: { band: [0.35] }\n")]
    [InlineData("review: { band: [low, high] }\n")]
    [InlineData("review: { band: [0.2, 1.5] }\n")]
    public void Load_BadBand_NamesTheLine(string review)
    {
        var error = Assert.Throws<UserErrorException>(() => Load(Minimal + review));
        Assert.StartsWith("carbet.yaml line 5:", error.Message, StringComparison.Ordinal);
        Assert.Contains("[0.35, 0.65]", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownReviewKey_IsAnError()
    {
        var error = Assert.Throws<UserErrorException>(() => Load(Minimal + "review: { bands: [0.3, 0.6] }\n"));
        Assert.Contains("'review.bands' is not a known key", error.Message, StringComparison.Ordinal);
    }
}

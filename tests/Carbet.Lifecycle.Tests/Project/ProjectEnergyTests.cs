using Carbet.Core;
using Carbet.Lifecycle.Project;
using Carbet.Testing;

namespace Carbet.Lifecycle.Tests.Project;

public sealed class ProjectEnergyTests : IDisposable
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
    public void Load_NoEnergySection_TerritoryIsNull()
    {
        Assert.Null(Load(Minimal).EnergyTerritory);
    }

    [Fact]
    public void Load_KnownTerritory_ReadsIt()
    {
        Assert.Equal("martinique", Load(Minimal + "energy:\n  territory: Martinique\n").EnergyTerritory);
    }

    [Fact]
    public void Load_UnknownTerritory_NamesTheLineAndTheTerritories()
    {
        var error = Assert.Throws<UserErrorException>(() => Load(Minimal + "energy:\n  territory: atlantis\n"));
        Assert.StartsWith("carbet.yaml line 6:", error.Message, StringComparison.Ordinal);
        Assert.Contains("guadeloupe", error.Fix, StringComparison.Ordinal);
    }
}

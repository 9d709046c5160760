using System.Xml.Linq;

using Carbet.Testing;

namespace Carbet.Architecture.Tests;

public sealed class ProjectReferenceTests
{
    public static TheoryData<string> SourceProjects()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Repo.Path("src"), "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Project_Always_HasALayer(string project) =>
        Assert.True(Layers.Level.ContainsKey(project), $"{project} is not in the layer table of Layers.cs; place it there as DESIGN.md §2 says.");

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void ProjectReferences_Always_PointToLowerLayers(string project)
    {
        var wrong = Layers.Violations(project, ReferencesOf(project));
        Assert.True(wrong.Count == 0, $"{project} (layer {Layers.Level[project]}) references {string.Join(", ", wrong)}, which is not below it.");
    }

    [Theory]
    [InlineData("Carbet.Modeling", "Carbet.Tracking")]
    [InlineData("Carbet.Tracking", "Carbet.Governance")]
    [InlineData("Carbet.Lifecycle", "Carbet.Cli")]
    [InlineData("Carbet.Core", "Carbet.Unknown")]
    public void Violations_ReferenceUpwardSidewaysOrUnknown_AreReported(string project, string reference) =>
        Assert.Equal([reference], Layers.Violations(project, [reference]));

    [Fact]
    public void Violations_ReferenceDownward_AreNone() =>
        Assert.Empty(Layers.Violations("Carbet.Lifecycle", ["Carbet.Tracking", "Carbet.Modeling", "Carbet.Core"]));

    [Fact]
    public void ReferencesOf_Data_IsReadFromTheProjectFile() => Assert.Contains("Carbet.Core", ReferencesOf("Carbet.Data"));

    internal static IReadOnlyList<string> ReferencesOf(string project)
    {
        var file = Repo.Path("src", project, project + ".csproj");
        return XDocument.Load(file).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
    }
}

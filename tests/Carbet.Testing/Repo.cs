using Xunit;

namespace Carbet.Testing;

/// <summary>Paths inside the repository and beside it (../shared), found from the test binary.</summary>
public static class Repo
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    /// <summary>A folder of ../shared, or a skip when it is absent (it is never copied into the repository).</summary>
    public static string Shared(params string[] parts)
    {
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine([Root.Value, "..", "shared", .. parts]));
        if (!File.Exists(path) && !Directory.Exists(path))
            Assert.Skip($"{path} is absent; these reference files live beside the repository, not in it.");
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Carbet.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Carbet.slnx not found above " + AppContext.BaseDirectory);
    }
}

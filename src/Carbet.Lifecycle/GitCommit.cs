namespace Carbet.Lifecycle;

/// <summary>Finds the commit checked out in a folder or its parents, by reading .git directly.</summary>
/// <remarks>Reading the files instead of starting git keeps runs recordable on machines without git.</remarks>
public static class GitCommit
{
    /// <summary>The 40-character commit id, or null outside a repository.</summary>
    public static string? Find(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git))
                return Resolve(git);
        }
        return null;
    }

    private static string? Resolve(string git)
    {
        var headFile = Path.Combine(git, "HEAD");
        if (!File.Exists(headFile))
            return null;
        var head = File.ReadAllText(headFile).Trim();
        if (!head.StartsWith("ref: ", StringComparison.Ordinal))
            return IsCommitId(head) ? head : null;
        var reference = head[5..];
        var loose = Path.Combine(git, reference.Replace('/', Path.DirectorySeparatorChar));
        if (File.Exists(loose))
            return File.ReadAllText(loose).Trim() is var id && IsCommitId(id) ? id : null;
        var packed = Path.Combine(git, "packed-refs");
        if (!File.Exists(packed))
            return null;
        return File.ReadLines(packed)
            .Select(line => line.Split(' ', 2))
            .Where(parts => parts.Length == 2 && parts[1] == reference && IsCommitId(parts[0]))
            .Select(parts => parts[0])
            .FirstOrDefault();
    }

    private static bool IsCommitId(string text) => text.Length == 40 && text.All(Uri.IsHexDigit);
}

using Carbet.Core;

namespace Carbet.Tracking.Artifacts;

/// <summary>The logical path of an artifact inside a run: relative, forward slashes, never leaving the run.</summary>
public static class ArtifactPath
{
    /// <summary>Checks and normalises a path given by a user.</summary>
    /// <exception cref="UserErrorException">The path is empty, absolute, or climbs out with <c>..</c>.</exception>
    public static string Normalize(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var unified = path.Replace('\\', '/').Trim();
        if (unified.Length == 0)
            throw new UserErrorException("The artifact path is empty.", "Give a relative path such as 'model/model.zip'.");
        if (unified.StartsWith('/') || Path.IsPathRooted(unified) || (unified.Length > 1 && unified[1] == ':'))
            throw new UserErrorException($"The artifact path '{path}' is absolute.", "Give a path relative to the run, such as 'model/model.zip'.");
        var parts = unified.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".").ToArray();
        if (parts.Any(p => p == ".."))
            throw new UserErrorException($"The artifact path '{path}' climbs out of the run with '..'.", "Give a path inside the run, without '..'.");
        if (parts.Length == 0 || parts.Any(p => p.Any(char.IsControl)))
            throw new UserErrorException($"The artifact path '{path}' names no file.", "Give a relative path such as 'model/model.zip'.");
        return string.Join('/', parts);
    }
}

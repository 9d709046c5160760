using Carbet.Core;

namespace Carbet.Modeling.Training;

/// <summary>The column names of a CSV file's first line, so loaders can address columns by name.</summary>
internal static class CsvHeader
{
    public static IReadOnlyList<string> Read(string path)
    {
        if (!File.Exists(path))
            throw new UserErrorException($"The data file '{path}' does not exist.", "Check the path, or run 'carbet demo-data' to create the demo data.");
        using var reader = new StreamReader(path);
        var line = reader.ReadLine();
        if (string.IsNullOrWhiteSpace(line))
            throw new UserErrorException($"The data file '{path}' is empty.", "Give a CSV file whose first line names its columns.");
        return Split(line);
    }

    public static int IndexOf(IReadOnlyList<string> header, string column, string path)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i] == column)
                return i;
        }
        throw new UserErrorException($"Column '{column}' is not in the header of '{path}'.", $"Use one of: {string.Join(", ", header)}.");
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
                current.Append(c);
        }
        fields.Add(current.ToString().Trim().TrimStart('\uFEFF'));
        if (fields.Count > 0)
            fields[0] = fields[0].TrimStart('\uFEFF');
        return fields;
    }
}

using System.Globalization;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Tests.Profiling;

/// <summary>Reads adult.data as the golden README cleans it: headerless, ", "-separated, values trimmed, '?' missing.</summary>
public static class AdultData
{
    public static readonly string[] Names =
    [
        "age", "workclass", "fnlwgt", "education", "education-num", "marital-status", "occupation",
        "relationship", "race", "sex", "capital-gain", "capital-loss", "hours-per-week", "native-country", "income",
    ];

    public static readonly string[] NumericNames = ["age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week"];

    public static DataTable Read(string path)
    {
        var cells = Names.Select(_ => new List<string?>()).ToArray();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Trim().Length == 0)
                continue;
            var fields = line.Split(',');
            for (var i = 0; i < Names.Length; i++)
            {
                var value = fields[i].Trim();
                cells[i].Add(value == "?" ? null : value);
            }
        }
        var columns = Names.Select((name, i) => NumericNames.Contains(name)
            ? (DataColumn)new NumericColumn(name, ColumnKind.Integer, [.. cells[i].Select(v => v is null ? double.NaN : double.Parse(v, CultureInfo.InvariantCulture))])
            : TextColumn.FromValues(name, ColumnKind.Category, cells[i]));
        return new DataTable(path, columns);
    }
}

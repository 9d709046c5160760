using Microsoft.ML;
using Microsoft.ML.Data;

namespace Carbet.Modeling.Training;

/// <summary>Loads the columns a request names from its CSV file, leaving rows past the time cutoff out.</summary>
internal static class TrainingData
{
    public const string TargetColumn = "Target";
    public const string TimeOrderColumn = "TimeOrder";
    private const string CutoffColumn = "CutoffDate";

    public static IDataView Load(MLContext ml, BinaryTrainingRequest request)
    {
        var header = CsvHeader.Read(request.CsvPath);
        int Index(string name) => CsvHeader.IndexOf(header, name, request.CsvPath);
        var columns = new List<TextLoader.Column> { new(TargetColumn, DataKind.Boolean, Index(request.Target)) };
        columns.AddRange(request.NumericFeatures.Select(c => new TextLoader.Column(c, DataKind.Single, Index(c))));
        columns.AddRange(request.CategoricalFeatures.Select(c => new TextLoader.Column(c, DataKind.String, Index(c))));
        columns.AddRange(request.DateFeatures.Select(c => new TextLoader.Column(c, DataKind.String, Index(c))));
        if (request.TimeColumn is { } time)
            columns.Add(new TextLoader.Column(TimeOrderColumn, DataKind.String, Index(time)));
        if (request.TrainBefore is { } cutoff)
            columns.Add(new TextLoader.Column(CutoffColumn, DataKind.String, Index(cutoff.Column)));
        var loader = ml.Data.CreateTextLoader(new TextLoader.Options
        {
            Columns = [.. columns],
            HasHeader = true,
            Separators = [','],
            AllowQuoting = true,
            TrimWhitespace = true,
            MissingRealsAsNaNs = true,
        });
        var data = loader.Load(request.CsvPath);
        if (request.TrainBefore is not { } before)
            return data;
        var bound = before.Before.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        // ISO dates order as text; a blank or malformed date sorts before digits and is dropped with the late rows.
        return ml.Data.FilterByCustomPredicate<DatedRow>(data, row =>
            row.CutoffDate.Length < 10 || !char.IsDigit(row.CutoffDate[0]) || string.CompareOrdinal(row.CutoffDate, 0, bound, 0, 10) >= 0);
    }

    public static long Count(IDataView data)
    {
        using var cursor = data.GetRowCursor([]);
        long rows = 0;
        while (cursor.MoveNext())
            rows++;
        return rows;
    }

    private sealed class DatedRow
    {
        public string CutoffDate { get; set; } = "";
    }
}

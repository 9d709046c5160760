using System.Globalization;

using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace Carbet.Modeling.Features;

/// <summary>Splits an ISO date or timestamp into numbers: year, month, day of week (Monday 0) and, for timestamps, hour.</summary>
/// <remarks>A saved model refers to these mappings by contract name; <see cref="FeatureModels.Load"/> registers them.
/// The mappings read and write fixed column names, so the pipeline copies each date column in and its parts out.</remarks>
internal static class DateParts
{
    public const string Input = "carbet.date";
    public const string Output = "carbet.date.parts";
    public const string DateContract = "CarbetDateParts";
    public const string TimestampContract = "CarbetTimestampParts";

    public static float[] Of(string? text, bool hour)
    {
        var parts = new float[hour ? 4 : 3];
        if (string.IsNullOrWhiteSpace(text) || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value))
        {
            Array.Fill(parts, float.NaN);
            return parts;
        }
        parts[0] = value.Year;
        parts[1] = value.Month;
        parts[2] = ((int)value.DayOfWeek + 6) % 7;
        if (hour)
            parts[3] = value.Hour;
        return parts;
    }
}

/// <summary>The input of the date mappings.</summary>
internal sealed class DateText
{
    [ColumnName(DateParts.Input)]
    public string Date { get; set; } = "";
}

/// <summary>Year, month and day of week.</summary>
internal sealed class DatePartValues
{
    [ColumnName(DateParts.Output)]
    [VectorType(3)]
    public float[] Parts { get; set; } = [];
}

/// <summary>Year, month, day of week and hour.</summary>
internal sealed class TimestampPartValues
{
    [ColumnName(DateParts.Output)]
    [VectorType(4)]
    public float[] Parts { get; set; } = [];
}

[CustomMappingFactoryAttribute(DateParts.DateContract)]
internal sealed class DatePartsFactory : CustomMappingFactory<DateText, DatePartValues>
{
    public override Action<DateText, DatePartValues> GetMapping() => (input, output) => output.Parts = DateParts.Of(input.Date, hour: false);
}

[CustomMappingFactoryAttribute(DateParts.TimestampContract)]
internal sealed class TimestampPartsFactory : CustomMappingFactory<DateText, TimestampPartValues>
{
    public override Action<DateText, TimestampPartValues> GetMapping() => (input, output) => output.Parts = DateParts.Of(input.Date, hour: true);
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

using Carbet.Core;

namespace Carbet.Serving.Validation;

/// <summary>Checks input rows against a model version's signature and training domain: every input present, of its
/// type, a known category, a number within the training range widened by the margin; no field the model does not read.</summary>
/// <remarks>Immutable and safe for concurrent use. Numbers must be JSON numbers and categories JSON strings: a number
/// sent as text is a wrong type, so a client's bug is not silently coerced.</remarks>
public sealed class RowValidator(TableSchema signature, TrainingDomain domain, ValidationOptions options)
{
    private readonly FrozenSet<string> _inputs = signature.Columns.Select(c => c.Name).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The columns a row must carry, in the signature's order.</summary>
    public TableSchema Signature { get; } = signature;

    /// <summary>The ranges and categories seen in training.</summary>
    public TrainingDomain Domain { get; } = domain;

    /// <summary>Validates one row; <paramref name="errors"/> receives every problem, and the result is null when there was one.</summary>
    public ValidatedRow? Check(int index, IReadOnlyDictionary<string, JsonElement> row, ICollection<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        var values = new Dictionary<string, string?>(Signature.Columns.Length, StringComparer.Ordinal);
        var outOfDomain = ImmutableArray.CreateBuilder<string>();
        foreach (var field in UnknownFields(row))
            errors.Add(new(index, field, $"'{field}' is not an input of the model; send only: {string.Join(", ", Signature.Columns.Select(c => c.Name))}.", FieldErrorReasons.UnknownField));
        foreach (var column in Signature.Columns)
        {
            if (!row.TryGetValue(column.Name, out var value))
            {
                errors.Add(new(index, column.Name, $"'{column.Name}' is missing; send it as {Expected(column.Kind)}{(column.Nullable ? " or null" : "")}.", FieldErrorReasons.Missing));
                continue;
            }
            if (value.ValueKind == JsonValueKind.Null)
            {
                if (column.Nullable)
                    values[column.Name] = null;
                else
                    errors.Add(new(index, column.Name, $"'{column.Name}' is null, but the model was trained without missing values in it; send {Expected(column.Kind)}.", FieldErrorReasons.Null));
                continue;
            }
            if (value.ValueKind == JsonValueKind.String && !IsValidText(value))
            {
                errors.Add(new(index, column.Name, $"'{column.Name}' is not valid Unicode text (invalid UTF-8 or a lone surrogate escape); send it as UTF-8.", FieldErrorReasons.WrongType));
                continue;
            }
            if (Read(column, value) is not { } text)
            {
                errors.Add(new(index, column.Name, $"'{column.Name}' should be {Expected(column.Kind)}, not {Describe(value)}.", FieldErrorReasons.WrongType));
                continue;
            }
            values[column.Name] = CheckDomain(index, column.Name, text, errors, outOfDomain);
        }
        return errors.Count > before ? null : new ValidatedRow(values, outOfDomain.ToImmutable());
    }

    private IEnumerable<string> UnknownFields(IReadOnlyDictionary<string, JsonElement> row)
    {
        foreach (var field in row.Keys)
        {
            if (!_inputs.Contains(field))
                return row.Keys.Where(k => !_inputs.Contains(k)).Order(StringComparer.Ordinal);
        }
        return [];
    }

    private string? CheckDomain(int index, string column, string text, ICollection<FieldError> errors, ImmutableArray<string>.Builder outOfDomain)
    {
        if (Domain.Categories.TryGetValue(column, out var known) && !known.Contains(text))
        {
            if (options.UnknownCategory == UnknownCategoryPolicy.MapToOther)
                return ValidationOptions.OtherCategory;
            var shown = known.Count <= 20 ? string.Join(", ", known) : string.Join(", ", known.Take(20)) + ", ...";
            errors.Add(new(index, column, $"'{text}' is not a category the model knows for '{column}'; use one of: {shown}.", FieldErrorReasons.UnknownCategory));
            return text;
        }
        if (Domain.Ranges.TryGetValue(column, out var range))
        {
            var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            var margin = (range.Max - range.Min) * options.RangeMargin;
            var (low, high) = (range.Min - margin, range.Max + margin);
            if (number < low || number > high)
            {
                if (options.OutOfDomain == OutOfDomainPolicy.Review)
                    outOfDomain.Add(column);
                else
                    errors.Add(new(index, column, $"{text} is outside the training domain of '{column}' ({Format(low)} to {Format(high)}: the range seen in training, widened by {Format(options.RangeMargin * 100)}%).", FieldErrorReasons.OutOfDomain));
            }
        }
        return text;
    }

    private static string? Read(ColumnSchema column, JsonElement value) => column.Kind switch
    {
        ColumnKind.Integer or ColumnKind.Number when value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && double.IsFinite(d) =>
            d.ToString("R", CultureInfo.InvariantCulture),
        ColumnKind.Boolean => value.ValueKind switch
        {
            JsonValueKind.True => "1",
            JsonValueKind.False => "0",
            JsonValueKind.Number when value.TryGetDouble(out var b) && b is 0 or 1 => b.ToString("R", CultureInfo.InvariantCulture),
            _ => null,
        },
        ColumnKind.Category or ColumnKind.Text or ColumnKind.Identifier when value.ValueKind == JsonValueKind.String => value.GetString(),
        ColumnKind.DateTime when value.ValueKind == JsonValueKind.String
            && DateTime.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date) =>
            date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        _ => null,
    };

    // the JSON reader checks strings only when they are read: invalid UTF-8 or a lone \ud800 throws there
    private static bool IsValidText(JsonElement value)
    {
        try
        {
            _ = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string Expected(ColumnKind kind) => kind switch
    {
        ColumnKind.Integer or ColumnKind.Number => "a number",
        ColumnKind.Boolean => "true, false, 0 or 1",
        ColumnKind.DateTime => "a date such as \"2025-03-31\"",
        _ => "a string",
    };

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "the number " + value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}

using Carbet.Core;
using Carbet.Tracking.Runs;

namespace Carbet.Cli.Commands;

/// <summary>Reads the filters and order of <c>carbet runs list</c>: <c>metric.test_auc&gt;=0.8</c>, <c>param.family=lightgbm</c>, <c>metric.test_auc desc</c>.</summary>
internal static class RunQueryParser
{
    private static readonly (string Token, FilterOperator Operator)[] Operators =
    [
        (">=", FilterOperator.GreaterOrEqual), ("<=", FilterOperator.LessOrEqual), ("!=", FilterOperator.NotEqual),
        ("==", FilterOperator.Equal), ("=", FilterOperator.Equal), (">", FilterOperator.Greater), ("<", FilterOperator.Less),
    ];

    public static RunFilter ParseFilter(string text)
    {
        foreach (var (token, op) in Operators)
        {
            var at = text.IndexOf(token, StringComparison.Ordinal);
            if (at <= 0)
                continue;
            var (target, key) = ParseKey(text[..at].Trim(), text);
            var value = text[(at + token.Length)..].Trim();
            if (value.Length == 0)
                break;
            if (target == RunFilterTarget.Metric && !double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _))
                throw new UserErrorException($"The filter '{text}' compares a metric with '{value}', which is not a number.", "Compare metrics with numbers, such as metric.test_auc>=0.8.");
            return new RunFilter(target, key, op, value);
        }
        throw new UserErrorException($"The filter '{text}' has no comparison.", "Write metric.<key> or param.<key>, an operator (= != < <= > >=) and a value, such as metric.test_auc>=0.8.");
    }

    public static RunOrder ParseOrder(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        if (parts.Length is 0 or > 2 || (parts.Length == 2 && !descending && !parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase)))
            throw new UserErrorException($"The order '{text}' is not understood.", "Write a field and optionally asc or desc: start_time desc, name, metric.test_auc desc.");
        return parts[0] switch
        {
            "start_time" => new RunOrder(RunOrderField.StartedAt, descending),
            "name" => new RunOrder(RunOrderField.Name, descending),
            var field when field.StartsWith("metric.", StringComparison.Ordinal) && field.Length > 7 => new RunOrder(RunOrderField.Metric, descending, field[7..]),
            _ => throw new UserErrorException($"Runs cannot be ordered by '{parts[0]}'.", "Order by start_time, name or metric.<key>."),
        };
    }

    private static (RunFilterTarget Target, string Key) ParseKey(string left, string text)
    {
        if (left.StartsWith("metric.", StringComparison.Ordinal) && left.Length > 7)
            return (RunFilterTarget.Metric, left[7..]);
        if (left.StartsWith("param.", StringComparison.Ordinal) && left.Length > 6)
            return (RunFilterTarget.Param, left[6..]);
        throw new UserErrorException($"The filter '{text}' does not say whether '{left}' is a metric or a param.", $"Write metric.{left} or param.{left}.");
    }
}

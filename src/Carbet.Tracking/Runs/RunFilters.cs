using System.Globalization;
using System.Linq.Expressions;

using Carbet.Core;
using Carbet.Tracking.Storage;
using Carbet.Tracking.Storage.Rows;

namespace Carbet.Tracking.Runs;

/// <summary>Turns a <see cref="RunFilter"/> into a SQL condition: params compare as text for = and !=
/// and as numbers otherwise; metrics compare their latest value. A run without the key never matches.</summary>
internal static class RunFilters
{
    public static IQueryable<RunRow> Apply(StoreDbContext db, IQueryable<RunRow> runs, RunFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var key = filter.Key;
        IQueryable<long> matching;
        if (filter.Target == RunFilterTarget.Param && filter.Operator is FilterOperator.Equal or FilterOperator.NotEqual)
        {
            var text = filter.Value;
            matching = filter.Operator == FilterOperator.Equal
                ? db.Params.Where(p => p.Key == key && p.Value == text).Select(p => p.RunId)
                : db.Params.Where(p => p.Key == key && p.Value != text).Select(p => p.RunId);
        }
        else if (filter.Target == RunFilterTarget.Param)
        {
            matching = db.Params.Where(p => p.Key == key).Where(Compare<ParamRow>(p => p.NumericValue, filter.Operator, Number(filter))).Select(p => p.RunId);
        }
        else
        {
            matching = db.LatestMetrics.Where(m => m.Key == key).Where(Compare<LatestMetricRow>(m => m.Value, filter.Operator, Number(filter))).Select(m => m.RunId);
        }
        return runs.Where(r => matching.Contains(r.Id));
    }

    private static double Number(RunFilter filter)
    {
        if (double.TryParse(filter.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsNaN(number))
            return number;
        throw new UserErrorException(
            $"The filter on {(filter.Target == RunFilterTarget.Param ? "param" : "metric")} '{filter.Key}' compares with '{filter.Value}', which is not a number.",
            "Give a number such as 0.8, or use = and != to compare param text.");
    }

    private static Expression<Func<T, bool>> Compare<T>(Expression<Func<T, double?>> selector, FilterOperator op, double value)
    {
        var left = selector.Body;
        var right = Expression.Constant((double?)value, typeof(double?));
        var notNull = Expression.NotEqual(left, Expression.Constant(null, typeof(double?)));
        Expression body = op switch
        {
            FilterOperator.Equal => Expression.Equal(left, right),
            // C# and EF read "null != x" as true; a missing or non-numeric value must not match
            FilterOperator.NotEqual => Expression.AndAlso(notNull, Expression.NotEqual(left, right)),
            FilterOperator.Less => Expression.LessThan(left, right),
            FilterOperator.LessOrEqual => Expression.LessThanOrEqual(left, right),
            FilterOperator.Greater => Expression.GreaterThan(left, right),
            FilterOperator.GreaterOrEqual => Expression.GreaterThanOrEqual(left, right),
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
        };
        return Expression.Lambda<Func<T, bool>>(body, selector.Parameters);
    }
}

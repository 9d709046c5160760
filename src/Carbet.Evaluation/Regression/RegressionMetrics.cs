using System.Globalization;
using System.Runtime.InteropServices;

using Carbet.Core;

namespace Carbet.Evaluation.Regression;

/// <summary>Computes regression metrics from actual and predicted values.</summary>
public static class RegressionMetrics
{
    /// <summary>Evaluates predictions against actual values.</summary>
    /// <param name="actual">The true value of each row.</param>
    /// <param name="predicted">The model's prediction for the same rows, in the same order.</param>
    /// <returns>MAE, MSE, RMSE, R², median and max absolute error, explained variance and the residuals.</returns>
    /// <exception cref="UserErrorException">The inputs are empty, differ in length or hold a non-finite value.</exception>
    public static RegressionEvaluation Compute(ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted)
    {
        Validate(actual, predicted);
        var n = actual.Length;
        var residuals = new double[n];
        var absolute = new double[n];
        double sumAbs = 0, sumSquares = 0, sumResidual = 0, sumActual = 0, max = 0;
        for (var i = 0; i < n; i++)
        {
            var e = actual[i] - predicted[i];
            (residuals[i], absolute[i]) = (e, Math.Abs(e));
            sumAbs += absolute[i];
            sumSquares += e * e;
            sumResidual += e;
            sumActual += actual[i];
            max = Math.Max(max, absolute[i]);
        }
        var (meanActual, meanResidual) = (sumActual / n, sumResidual / n);
        double totalSquares = 0, residualSpread = 0;
        for (var i = 0; i < n; i++)
        {
            totalSquares += (actual[i] - meanActual) * (actual[i] - meanActual);
            residualSpread += (residuals[i] - meanResidual) * (residuals[i] - meanResidual);
        }
        Array.Sort(absolute);
        var median = n % 2 == 1 ? absolute[n / 2] : (absolute[(n / 2) - 1] + absolute[n / 2]) / 2;
        return new RegressionEvaluation(
            n,
            sumAbs / n,
            sumSquares / n,
            Math.Sqrt(sumSquares / n),
            Score(sumSquares, totalSquares),
            median,
            max,
            Score(residualSpread, totalSquares),
            ImmutableCollectionsMarshal.AsImmutableArray(residuals));
    }

    // scikit-learn's force_finite: a constant target scores 1 when fitted exactly and 0 otherwise
    private static double Score(double unexplained, double total) =>
        total == 0 ? (unexplained == 0 ? 1 : 0) : 1 - (unexplained / total);

    private static void Validate(ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted)
    {
        if (actual.Length != predicted.Length)
        {
            throw new UserErrorException(
                string.Create(CultureInfo.InvariantCulture, $"There are {actual.Length} actual values but {predicted.Length} predictions."),
                "Pass one prediction per row, in the same order as the actual values.");
        }
        if (actual.Length == 0)
            throw new UserErrorException("There are no rows to evaluate.", "Evaluate on a data set with at least one row.");
        CheckFinite(actual, "actual value");
        CheckFinite(predicted, "prediction");
    }

    private static void CheckFinite(ReadOnlySpan<double> values, string what)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new UserErrorException(
                    string.Create(CultureInfo.InvariantCulture, $"Row {i} has {what} {values[i]}, which is not a finite number."),
                    "Remove or impute the rows with missing or infinite values before evaluating.");
            }
        }
    }
}

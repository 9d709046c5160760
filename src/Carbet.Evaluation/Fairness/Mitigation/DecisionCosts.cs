using System.Globalization;

using Carbet.Core;

namespace Carbet.Evaluation.Fairness;

/// <summary>The costs of a missed positive and of a false alarm, when the caller gives them.</summary>
internal sealed record DecisionCosts(double FalseNegative, double FalsePositive)
{
    public static DecisionCosts? From(double? falseNegative, double? falsePositive)
    {
        if (falseNegative is null && falsePositive is null)
            return null;
        if (falseNegative is not { } fn || falsePositive is not { } fp)
        {
            throw new UserErrorException(
                "Only one of the two costs is given.",
                "Give both the cost of a false negative and the cost of a false positive, or neither.");
        }
        if (!(fn >= 0 && fp >= 0) || !double.IsFinite(fn + fp) || fn + fp == 0)
        {
            throw new UserErrorException(
                string.Create(CultureInfo.InvariantCulture, $"Costs {fn} (false negative) and {fp} (false positive) are not usable."),
                "Give two finite, non-negative costs, at least one of them above 0.");
        }
        return new DecisionCosts(fn, fp);
    }

    public double Of(long falseNegatives, long falsePositives) => (FalseNegative * falseNegatives) + (FalsePositive * falsePositives);
}

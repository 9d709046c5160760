using System.Globalization;

using Carbet.Core;

namespace Carbet.Evaluation.Classification;

/// <summary>Checks that scores and labels describe a binary problem that metrics can be computed on.</summary>
internal static class BinaryInput
{
    public static (int Positives, int Negatives) Validate(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels)
    {
        if (scores.Length != labels.Length)
        {
            throw new UserErrorException(
                string.Create(CultureInfo.InvariantCulture, $"There are {scores.Length} scores but {labels.Length} labels."),
                "Pass one score and one label per row, in the same order.");
        }
        if (scores.Length == 0)
            throw new UserErrorException("There are no rows to evaluate.", "Evaluate on a data set with at least one positive and one negative row.");
        var positives = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] is not (0 or 1))
            {
                throw new UserErrorException(
                    string.Create(CultureInfo.InvariantCulture, $"Row {i} has label {labels[i]}, but a binary label must be 0 or 1."),
                    "Encode the positive class as 1 and the negative class as 0.");
            }
            positives += labels[i];
        }
        CheckFinite(scores);
        if (positives == 0 || positives == labels.Length)
        {
            throw new UserErrorException(
                string.Create(CultureInfo.InvariantCulture, $"All {labels.Length} rows have label {labels[0]}, so ranking metrics are undefined."),
                "Evaluate on rows that hold both classes, for example with a stratified split.");
        }
        return (positives, labels.Length - positives);
    }

    public static void CheckFinite(ReadOnlySpan<double> scores)
    {
        for (var i = 0; i < scores.Length; i++)
        {
            if (!double.IsFinite(scores[i]))
            {
                throw new UserErrorException(
                    string.Create(CultureInfo.InvariantCulture, $"Row {i} has score {scores[i]}, which is not a finite number."),
                    "Remove or impute the rows whose model output is NaN or infinite before evaluating.");
            }
        }
    }

    public static void CheckProbabilities(ReadOnlySpan<double> scores, string fix)
    {
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] is < 0 or > 1)
            {
                throw new UserErrorException(
                    string.Create(CultureInfo.InvariantCulture, $"Value {i} is {scores[i]:R}, outside [0, 1], so it is not a probability."),
                    fix);
            }
        }
    }
}

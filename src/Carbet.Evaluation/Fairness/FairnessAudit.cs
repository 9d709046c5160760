using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

using Carbet.Core;
using Carbet.Evaluation.Classification;

namespace Carbet.Evaluation.Fairness;

/// <summary>Audits a classifier's fairness over the groups of one sensitive attribute: per-group rates and calibration, Fairlearn's
/// between-groups disparities, bootstrap intervals, and warnings where the data are too thin to conclude.</summary>
public static class FairnessAudit
{
    /// <summary>Computes the audit of one sensitive attribute.</summary>
    /// <param name="attribute">The sensitive attribute's name, for the report.</param>
    /// <param name="scores">One predicted probability per row, in [0, 1].</param>
    /// <param name="labels">One 0/1 label per row.</param>
    /// <param name="groups">Each row's value of the sensitive attribute; null means missing and forms the group <c>(missing)</c>.</param>
    /// <param name="threshold">Rows scoring at or above it are predicted positive.</param>
    /// <param name="options">The bootstrap, the minimum sizes, the four-fifths limit and the calibration bins.</param>
    /// <returns>The groups in ordinal order of their names, the six disparities, the four-fifths flag and the warnings.</returns>
    /// <exception cref="UserErrorException">The lengths differ, there are no rows, a score is not in [0, 1], a label is not 0 or 1,
    /// the attribute takes fewer than two values, or an option is out of range.</exception>
    public static AttributeAudit Run(
        string attribute, ReadOnlySpan<double> scores, ReadOnlySpan<int> labels, IReadOnlyList<string?> groups, double threshold, FairnessAuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var input = AuditInput.Encode(scores, labels, groups, threshold);
        var counts = input.Counts();
        var rates = new double[input.Names.Length * BetweenGroups.RatesPerGroup];
        var disparities = new double[BetweenGroups.Metrics.Length];
        BetweenGroups.Rates(counts, rates);
        BetweenGroups.Disparities(rates, disparities);
        var bootstrap = options.BootstrapResamples > 0
            ? AuditBootstrap.Run(input, options.BootstrapResamples, options.Seed, options.Confidence)
            : null;

        var calibrations = Calibrations(input, scores, labels, options.CalibrationBins);
        var audits = ImmutableArray.CreateBuilder<GroupAudit>(input.Names.Length);
        for (var g = 0; g < input.Names.Length; g++)
        {
            var (tn, fp, fn, tp) = (counts[g * 4], counts[(g * 4) + 1], counts[(g * 4) + 2], counts[(g * 4) + 3]);
            var n = tn + fp + fn + tp;
            var (meanScore, calibrationError, bins) = calibrations[g];
            audits.Add(new GroupAudit(input.Names[g], n, tp, fp, fn, tn,
                (double)(tp + fn) / n, rates[g * 3], rates[(g * 3) + 1], rates[(g * 3) + 2], BetweenGroups.Divide(tp, tp + fp),
                meanScore, calibrationError, bins,
                bootstrap?.Rates[g * 3], bootstrap?.Rates[(g * 3) + 1], bootstrap?.Rates[(g * 3) + 2], n < options.MinimumGroupSize));
        }
        var disparityList = BetweenGroups.Metrics
            .Select((metric, k) => new Disparity(metric, disparities[k], bootstrap?.Disparities[k]))
            .ToImmutableArray();
        var groupAudits = audits.MoveToImmutable();
        var warnings = AuditWarnings.For(attribute, input.Missing, groupAudits, disparityList, bootstrap, options);
        return new AttributeAudit(attribute, groupAudits, disparityList, disparities[1] < options.FourFifths, warnings);
    }

    private static (double MeanScore, double CalibrationError, ImmutableArray<GroupCalibrationBin> Bins)[] Calibrations(
        AuditInput input, ReadOnlySpan<double> scores, ReadOnlySpan<int> labels, int bins)
    {
        var groupScores = input.Names.Select(_ => new List<double>()).ToArray();
        var groupLabels = input.Names.Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < labels.Length; i++)
        {
            groupScores[input.GroupOf[i]].Add(scores[i]);
            groupLabels[input.GroupOf[i]].Add(labels[i]);
        }
        var result = new (double, double, ImmutableArray<GroupCalibrationBin>)[input.Names.Length];
        for (var g = 0; g < result.Length; g++)
        {
            var n = groupScores[g].Count;
            var curve = ProbabilityScores.Calibration(CollectionsMarshal.AsSpan(groupScores[g]), CollectionsMarshal.AsSpan(groupLabels[g]), bins);
            var error = curve.Sum(b => (double)b.Count / n * Math.Abs(b.ObservedRate - b.MeanPredicted));
            var calibration = curve.Select(b => new GroupCalibrationBin(b.Lower, b.Upper, b.Count, b.MeanPredicted, b.ObservedRate)).ToImmutableArray();
            result[g] = (groupScores[g].Average(), error, calibration);
        }
        return result;
    }

    internal static void Validate(FairnessAuditOptions options)
    {
        static void Require(bool valid, FormattableString problem, string fix)
        {
            if (!valid)
                throw new UserErrorException(problem.ToString(CultureInfo.InvariantCulture), fix);
        }
        Require(options.BootstrapResamples >= 0, $"BootstrapResamples is {options.BootstrapResamples}, but it cannot be negative.",
            "Set it to 0 for no intervals, or to a number of resamples such as 1000.");
        Require(options.Confidence is > 0 and < 1, $"Confidence is {options.Confidence}, but it must lie strictly between 0 and 1.",
            "Set it to the coverage of the intervals, such as 0.95.");
        Require(options.MinimumGroupSize >= 0 && options.MinimumClassCount >= 0,
            $"MinimumGroupSize ({options.MinimumGroupSize}) and MinimumClassCount ({options.MinimumClassCount}) cannot be negative.",
            "Set them to 0 to conclude on groups of any size.");
        Require(options.FourFifths is > 0 and <= 1, $"FourFifths is {options.FourFifths}, but a ratio limit must lie in (0, 1].",
            "Set it to the demographic parity ratio below which to flag, such as 0.8.");
        Require(options.CalibrationBins >= 1, $"CalibrationBins is {options.CalibrationBins}, but it must be at least 1.",
            "Set it to the number of calibration bins, such as 10.");
    }
}

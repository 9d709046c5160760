using System.Globalization;
using System.Text;

namespace Carbet.Lifecycle.Audit;

/// <summary>An audit's settings as run params and its headline figures as run metrics, keyed
/// <c>fairness.&lt;attribute&gt;.&lt;disparity&gt;</c> and <c>proxies.&lt;attribute&gt;.strong</c>.</summary>
internal static class AuditRecords
{
    public static Dictionary<string, string> Params(AuditSummary s, int seed) => new()
    {
        ["audit.model"] = s.Model,
        ["audit.version"] = Text(s.Version),
        ["audit.threshold"] = s.Threshold.ToString("R", CultureInfo.InvariantCulture),
        ["audit.dataset_version_id"] = s.DatasetVersionId,
        ["audit.test_rows"] = Text(s.TestRows),
        ["audit.training_rows"] = Text(s.TrainingRows),
        ["audit.sensitive"] = string.Join(",", s.Attributes.Select(a => a.Name)),
        ["audit.bootstrap_resamples"] = Text(s.FairnessOptions.BootstrapResamples),
        ["audit.minimum_group_size"] = Text(s.FairnessOptions.MinimumGroupSize),
        ["audit.four_fifths"] = s.FairnessOptions.FourFifths.ToString("R", CultureInfo.InvariantCulture),
        ["audit.proxy_strong_auc"] = s.ProxyOptions.StrongAuc.ToString("R", CultureInfo.InvariantCulture),
        ["audit.proxy_strong_cramers_v"] = s.ProxyOptions.StrongCramersV.ToString("R", CultureInfo.InvariantCulture),
        ["seed"] = Text(seed),
    };

    public static Dictionary<string, double> Metrics(AuditSummary s)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var finding in s.Fairness.Where(f => f.Audit is not null))
        {
            var prefix = $"fairness.{Key(finding.Attribute)}.";
            foreach (var disparity in finding.Audit!.Disparities.Where(d => double.IsFinite(d.Value)))
                metrics[prefix + disparity.Metric] = disparity.Value;
            metrics[prefix + "four_fifths_flag"] = finding.Audit.FourFifthsFlag ? 1 : 0;
        }
        foreach (var finding in s.Proxies.Where(p => p.Report is not null))
            metrics[$"proxies.{Key(finding.Attribute)}.strong"] = finding.Report!.Features.Count(f => f.Strong);
        return metrics;
    }

    // "sex & age" becomes sex_x_age: metric keys stay plain
    public static string Key(string attribute)
    {
        var key = new StringBuilder();
        foreach (var c in attribute.Replace(" & ", "_x_", StringComparison.Ordinal))
            key.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? char.ToLowerInvariant(c) : '_');
        return key.ToString();
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Collections.Immutable;

using Carbet.Core;
using Carbet.Data.Tables;
using Carbet.Evaluation.Fairness;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Training;
using Carbet.Modeling.Families;

namespace Carbet.Lifecycle.Audit;

/// <summary>The sensitive attributes of a project in its prepared data, audited one by one, in pairs, and against the features.</summary>
internal static class AuditAttributes
{
    public sealed record Sensitive(string Name, DataColumn? Column);

    public static ImmutableArray<Sensitive> Read(DataTable table, IEnumerable<string> sensitive) =>
        [.. sensitive.Select(name => new Sensitive(name, table.Find(ModelInputs.InTable(table, name))))];

    public static ImmutableArray<FairnessFinding> Fairness(ImmutableArray<Sensitive> attributes, ImmutableArray<int> testRows, HeldOutScores scores,
        double threshold, ErrorCosts? costs, FairnessAuditOptions options)
    {
        if (scores.Probabilities.Length != testRows.Length)
            throw new InvalidOperationException($"{scores.Probabilities.Length} scores for {testRows.Length} test rows.");
        var findings = new List<FairnessFinding>();
        var groups = new List<(string Name, ImmutableArray<string?> Groups)>();
        foreach (var attribute in attributes)
        {
            if (attribute.Column is null)
            {
                findings.Add(new(attribute.Name, false, null, Missing(attribute.Name)));
                continue;
            }
            var values = SensitiveGroupings.Of(attribute.Column, testRows);
            groups.Add((attribute.Name, values));
            var finding = Audit(attribute.Name, false, values, scores, threshold, options);
            findings.Add(finding.Audit is null ? finding : finding with { Mitigations = Mitigations(values, scores, threshold, costs, options) });
        }
        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = i + 1; j < groups.Count; j++)
                findings.Add(Audit($"{groups[i].Name} & {groups[j].Name}", true, SensitiveGroups.Intersection(groups[i].Groups, groups[j].Groups), scores, threshold, options));
        }
        return [.. findings];
    }

    public static ImmutableArray<ProxyFinding> Proxies(ImmutableArray<Sensitive> attributes, DataTable table, TableSchema signature, int[] trainingRows, ProxyOptions options)
    {
        var features = signature.Columns.Select(c => table.Find(c.Name)).OfType<DataColumn>().Select(c => Feature(c, trainingRows)).ToList();
        return [.. attributes.Select(attribute => Search(attribute, trainingRows, features, options))];
    }

    private static ProxyFinding Search(Sensitive attribute, int[] rows, List<ProxyFeature> features, ProxyOptions options)
    {
        if (attribute.Column is null)
            return new(attribute.Name, null, Missing(attribute.Name));
        var candidates = features.Where(f => f.Name != attribute.Column.Name).ToList();
        if (candidates.Count == 0)
            return new(attribute.Name, null, "The model reads no feature other than this attribute.");
        try
        {
            return new(attribute.Name, ProxyDetection.Rank(attribute.Name, SensitiveGroupings.Of(attribute.Column, rows), candidates, options), null);
        }
        catch (UserErrorException e)
        {
            return new(attribute.Name, null, e.Message);
        }
    }

    private static FairnessFinding Audit(string name, bool intersection, ImmutableArray<string?> groups, HeldOutScores scores, double threshold, FairnessAuditOptions options)
    {
        try
        {
            return new(name, intersection, FairnessAudit.Run(name, scores.Probabilities.AsSpan(), scores.Labels.AsSpan(), groups, threshold, options), null);
        }
        catch (UserErrorException e)
        {
            return new(name, intersection, null, e.Message);
        }
    }

    private static ImmutableArray<MitigationOption> Mitigations(ImmutableArray<string?> groups, HeldOutScores scores, double threshold, ErrorCosts? costs,
        FairnessAuditOptions options)
    {
        try
        {
            return MitigationComparison.Compare(scores.Probabilities.AsSpan(), scores.Labels.AsSpan(), groups, threshold, costs?.FalseNegative, costs?.FalsePositive, options);
        }
        catch (UserErrorException)
        {
            return [];
        }
    }

    private static ProxyFeature Feature(DataColumn column, int[] rows) => column is NumericColumn numbers
        ? new NumericProxyFeature(column.Name, [.. rows.Select(r => numbers[r])])
        : new CategoricalProxyFeature(column.Name, [.. rows.Select(column.Format)]);

    private static string Missing(string name) =>
        $"The prepared data has no column '{name}', so it is not audited; keep it in the data (it is never a model input unless features.allow_sensitive says so).";
}

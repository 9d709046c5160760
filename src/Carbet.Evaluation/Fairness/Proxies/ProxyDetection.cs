using System.Globalization;

namespace Carbet.Evaluation.Fairness;

/// <summary>Finds proxies: features that predict a sensitive attribute, so that a model that never sees the attribute
/// can still discriminate through them.</summary>
public static class ProxyDetection
{
    /// <summary>Scores each feature alone against the sensitive attribute and ranks them, strongest first.</summary>
    /// <param name="attribute">The sensitive attribute's name, used in messages.</param>
    /// <param name="sensitive">Each row's value of the attribute; rows where it is <see langword="null"/> are left out.</param>
    /// <param name="features">The model's features, each with one value per row.</param>
    /// <param name="options">Folds, seed, bins, thresholds and the row limit.</param>
    /// <returns>The features by AUC, then Cramér's V, descending, then name; with warnings on rows left out or sampled away.</returns>
    /// <remarks>Rows are drawn and assigned to folds by <c>SplitMix64(Seed)</c>: past <see cref="ProxyOptions.MaxRows"/>, the first
    /// MaxRows positions of a Fisher–Yates permutation of the rows (kept in row order) are scored; then the row at position p of
    /// the next permutation from the same generator goes to fold p mod Folds.</remarks>
    /// <exception cref="Carbet.Core.UserErrorException">A feature's length differs from the attribute's, a feature is named like
    /// the attribute or given twice, there are no features, the attribute has fewer than two groups, or an option is out of range.</exception>
    public static ProxyReport Rank(string attribute, IReadOnlyList<string?> sensitive, IReadOnlyList<ProxyFeature> features, ProxyOptions options)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        ArgumentNullException.ThrowIfNull(sensitive);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(options);
        ProxyInputCheck.Validate(attribute, sensitive, features, options);
        var warnings = new List<string>();
        var rows = Enumerable.Range(0, sensitive.Count).Where(i => sensitive[i] is not null).ToArray();
        if (rows.Length < sensitive.Count)
            warnings.Add(Invariant($"{sensitive.Count - rows.Length} of {sensitive.Count} rows have no value of '{attribute}' and were left out."));
        var random = new SplitMix64(options.Seed);
        if (rows.Length > options.MaxRows)
        {
            warnings.Add(Invariant($"{rows.Length} rows exceed MaxRows, so a sample of {options.MaxRows} drawn with seed {options.Seed} was scored."));
            rows = [.. random.Permutation(rows.Length).Take(options.MaxRows).Order().Select(p => rows[p])];
        }
        var groupNames = rows.Select(r => sensitive[r]!).Distinct().Order(StringComparer.Ordinal).ToArray();
        ProxyInputCheck.CheckGroups(attribute, groupNames, rows.Length);
        var groupOf = groupNames.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index, StringComparer.Ordinal);
        var groups = rows.Select(r => groupOf[sensitive[r]!]).ToArray();
        var folds = random.Folds(rows.Length, options.Folds);
        var scores = new ProxyScore[features.Count];
        var singleValued = new bool[features.Count];
        Parallel.For(0, features.Count, f =>
        {
            var categories = FeatureCategories.Of(features[f], rows, options.NumericBins);
            singleValued[f] = categories.Count == 1;
            scores[f] = Score(attribute, features[f].Name, categories, groups, groupNames.Length, folds, options);
        });
        for (var f = 0; f < features.Count; f++)
        {
            if (singleValued[f])
                warnings.Add($"'{features[f].Name}' takes a single value on the scored rows, so it cannot predict '{attribute}'.");
        }
        var ranked = scores.OrderByDescending(s => s.Auc).ThenByDescending(s => s.CramersV).ThenBy(s => s.Feature, StringComparer.Ordinal);
        return new ProxyReport(attribute, rows.Length, [.. ranked], [.. warnings]);
    }

    private static ProxyScore Score(string attribute, string feature, FeatureCategories categories, int[] groups, int groupCount,
        int[] folds, ProxyOptions options)
    {
        var table = new ContingencyTable(categories, groups, groupCount);
        var (v, mi) = (table.CramersV(), table.MutualInformation());
        var auc = OutOfFoldAuc.Compute(categories, groups, groupCount, folds, options.Folds);
        var strong = auc >= options.StrongAuc || v >= options.StrongCramersV;
        var verdict = strong
            ? "a strong proxy."
            : Invariant($"not a strong proxy (thresholds: AUC {options.StrongAuc:0.##}, Cramér's V {options.StrongCramersV:0.##}).");
        var reason = Invariant($"{feature} predicts {attribute} with an AUC of {auc:0.00} (Cramér's V {v:0.00}): {verdict}");
        return new ProxyScore(feature, auc, v, mi, table.NormalizedMutualInformation(mi), strong, reason);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

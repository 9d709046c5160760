using System.Collections.Immutable;
using System.Globalization;

using Carbet.Core;

namespace Carbet.Data.Profiling;

/// <summary>Turns profile findings into alerts, ordered by kind then column.</summary>
internal static class ProfileAlerts
{
    public static ImmutableArray<ProfileAlert> Build(ImmutableArray<ColumnProfile> columns, DuplicateSummary duplicates,
        NearDuplicateSummary? near, ClassBalance? balance, ImmutableArray<TargetRelation> relations,
        ImmutableArray<(string Column, string Reason)> leakingDates, ProfileOptions options)
    {
        var alerts = new List<ProfileAlert>();
        foreach (var c in columns)
        {
            var rows = c.Count + c.Missing.Count;
            if (rows > 0 && c.Count == 0)
                alerts.Add(new(ProfileAlertKind.Empty, c.Name, $"'{c.Name}' has no values."));
            else if (c.Distinct == 1)
                alerts.Add(new(ProfileAlertKind.Constant, c.Name, $"'{c.Name}' always holds {c.TopValues.FirstOrDefault()?.Value ?? "one value"}."));
            if (c.Count > 0 && c.Missing.Share >= options.HighMissingShare)
                alerts.Add(new(ProfileAlertKind.HighMissing, c.Name, F($"'{c.Name}' is missing on {c.Missing.Share:P1} of rows.")));
            if (Profiler.IsHighCardinality(c, options))
                alerts.Add(new(ProfileAlertKind.HighCardinality, c.Name, F($"'{c.Name}' has {c.Distinct} distinct values.")));
            if (c.Name != options.Id && LooksLikeIdentifier(c))
                alerts.Add(new(ProfileAlertKind.Identifier, c.Name, $"'{c.Name}' has a distinct value on every row; it names rows rather than describes them."));
        }
        if (duplicates.DuplicateRows > 0)
            alerts.Add(new(ProfileAlertKind.Duplicates, null, F($"{duplicates.DuplicateRows} rows ({duplicates.Share:P2}) repeat an earlier row exactly.")));
        if (near is { Ids: > 0 })
            alerts.Add(new(ProfileAlertKind.Duplicates, near.IdColumn, F($"{near.Ids} values of '{near.IdColumn}' appear on {near.Rows} rows with differing values.")));
        foreach (var r in relations.Where(r => r.Auc >= options.LeakageAuc))
            alerts.Add(new(ProfileAlertKind.Leakage, r.Column, F($"'{r.Column}' alone predicts the target with AUC {r.Auc:0.000}; check it is known before the outcome.")));
        foreach (var (column, reason) in leakingDates)
            alerts.Add(new(ProfileAlertKind.Leakage, column, $"'{column}' {reason}; it would not be known at prediction time."));
        if (balance is { Classes.Length: >= 2 } && balance.Classes[^1].Count < options.ImbalanceShare * balance.Classes.Sum(c => c.Count))
            alerts.Add(new(ProfileAlertKind.Imbalance, balance.Target, F($"The rarest class of '{balance.Target}', {balance.Classes[^1].Value}, has {balance.Classes[^1].Count} rows.")));
        return [.. alerts.OrderBy(a => a.Kind).ThenBy(a => a.Column, StringComparer.Ordinal)];
    }

    private static bool LooksLikeIdentifier(ColumnProfile c) =>
        c.Kind == ColumnKind.Identifier
        || (c.Kind is ColumnKind.Category or ColumnKind.Text or ColumnKind.Integer && c.Count >= 20 && c.Distinct == c.Count);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

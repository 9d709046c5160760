using System.Globalization;

using Carbet.Core;
using Carbet.Data.Tables;

namespace Carbet.Data.Preparation;

/// <summary>Divides rows into training, validation and test sets, deterministically by seed.</summary>
public static class Splitter
{
    private const int RegressionStrata = 10;

    /// <summary>Splits by time when <see cref="SplitOptions.Time"/> is set (oldest to train, newest to test; missing
    /// times count as oldest), else stratified by target (numeric targets with many values by decile), else at random.</summary>
    /// <exception cref="UserErrorException">The shares do not leave rows to train on, or a column is not in the table.</exception>
    public static DataSplit Split(DataTable table, SplitOptions options, CarbetContext context)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        if (!(options.Validation >= 0 && options.Test >= 0 && options.Validation + options.Test < 1))
        {
            throw new UserErrorException(
                string.Create(CultureInfo.InvariantCulture, $"Split shares validation {options.Validation} and test {options.Test} leave no rows to train on."),
                "Use shares of at least 0 that add up to less than 1, such as 0.15 and 0.15.");
        }
        var seed = options.Seed ?? context.Seed;
        if (options.Column is { } given)
            return GivenSplit.Read(Column(table, given, "preparation.split.column"), seed);
        var random = (options.Seed is { } s ? new CarbetContext(s) : context).CreateRandom("split");
        if (options.Time is { } time)
        {
            var column = Column(table, time, "data.time");
            var order = Enumerable.Range(0, table.RowCount).OrderBy(r => TimeKey(column, r)).ThenBy(r => r).ToList();
            return Cut([order], options, "time", seed);
        }
        var groups = options.Target is { } target
            ? Strata(Column(table, target, "data.target"))
            : [Enumerable.Range(0, table.RowCount).ToList()];
        foreach (var group in groups)
            Shuffle(group, random);
        return Cut(groups, options, options.Target is null ? "random" : "stratified", seed);
    }

    private static DataSplit Cut(List<List<int>> groups, SplitOptions options, string method, int seed)
    {
        var (train, validation, test) = (new List<int>(), new List<int>(), new List<int>());
        foreach (var group in groups)
        {
            var nTest = (int)Math.Round(group.Count * options.Test, MidpointRounding.AwayFromZero);
            var nValidation = Math.Min(group.Count - nTest, (int)Math.Round(group.Count * options.Validation, MidpointRounding.AwayFromZero));
            var nTrain = group.Count - nTest - nValidation;
            train.AddRange(group.Take(nTrain));
            validation.AddRange(group.Skip(nTrain).Take(nValidation));
            test.AddRange(group.Skip(nTrain + nValidation));
        }
        return new DataSplit([.. train.Order()], [.. validation.Order()], [.. test.Order()], method, seed);
    }

    private static List<List<int>> Strata(DataColumn target)
    {
        var rows = Enumerable.Range(0, target.Length);
        if (target is NumericColumn { Kind: not ColumnKind.Boolean } numbers
            && rows.Select(r => numbers[r]).Distinct().Count() > RegressionStrata * 2)
        {
            // a continuous target has no classes: stratify by rank deciles so each set spans the range
            var ranked = rows.OrderBy(r => double.IsNaN(numbers[r]) ? double.NegativeInfinity : numbers[r]).ThenBy(r => r).ToList();
            return [.. ranked.Select((row, rank) => (row, rank)).GroupBy(p => p.rank * RegressionStrata / ranked.Count).Select(g => g.Select(p => p.row).ToList())];
        }
        return [.. rows.GroupBy(r => target.Format(r) ?? "\0missing").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToList())];
    }

    private static void Shuffle(List<int> rows, Random random)
    {
        for (var i = rows.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (rows[i], rows[j]) = (rows[j], rows[i]);
        }
    }

    // ticks stay long: as doubles they would lose the order of events a few microseconds apart
    private static (long Ticks, double Value) TimeKey(DataColumn column, int row) => column switch
    {
        DateTimeColumn d => (d.Ticks[row], 0),
        NumericColumn n => (0, double.IsNaN(n[row]) ? double.NegativeInfinity : n[row]),
        _ => throw new UserErrorException($"Column '{column.Name}' is {column.Kind}, which cannot order rows in time.",
            "Set data.time to a date or numeric column, or cast it first."),
    };

    private static DataColumn Column(DataTable table, string name, string setting) => table.Find(name)
        ?? throw new UserErrorException($"The split column '{name}' ({setting}) is not in {table.Source}.",
            $"Set {setting} to one of: {string.Join(", ", table.Columns.Select(c => c.Name))}.");
}

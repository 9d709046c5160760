using Carbet.Core;
using Carbet.Data.Preparation;
using Carbet.Data.Tables;

using static Carbet.Data.Tests.Preparation.TestTables;

namespace Carbet.Data.Tests.Preparation;

public sealed class TimeWindowTests
{
    private static DateTimeColumn Dates(params string?[] days) => new("day",
        [.. days.Select(d => d is null ? DateTimeColumn.Missing : DateTime.Parse(d, System.Globalization.CultureInfo.InvariantCulture).Ticks)], hasTime: false);

    [Fact]
    public void Before_MixedRows_KeepsEarlierRowsInOrderAndCountsTheRest()
    {
        var table = Table(Dates("2024-03-01", "2024-01-31", null, "2024-02-01", "2024-01-01"), Category("y", ["a", "b", "c", "d", "e"]));

        var window = TimeWindow.Before(table, "day", new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(["b", "e"], Texts(window.Table, "y"));
        Assert.Equal((2, 1), (window.RowsLater, window.RowsWithoutTime));   // the cutoff day itself is later
        Assert.Equal(table.RowCount, window.Table.RowCount + window.RowsLater + window.RowsWithoutTime);
    }

    [Fact]
    public void Before_NoEarlierRow_SaysToChooseALaterDate()
    {
        var table = Table(Dates("2024-03-01"));

        var error = Assert.Throws<UserErrorException>(() => TimeWindow.Before(table, "day", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)));

        Assert.Contains("before 2024-01-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("later cutoff", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_NotADateColumn_NamesTheColumnAndTheSetting()
    {
        var table = Table(Category("day", ["2024-01-01"]));

        var error = Assert.Throws<UserErrorException>(() => TimeWindow.Before(table, "day", new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc)));

        Assert.Contains("'day'", error.Message, StringComparison.Ordinal);
        Assert.Contains("data.time", error.Fix, StringComparison.Ordinal);
    }
}

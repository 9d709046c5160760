using Carbet.Core;
using Carbet.Data.Tables;
using Carbet.Data.Validation;

using static Carbet.Data.Tests.Preparation.TestTables;

namespace Carbet.Data.Tests.Validation;

public sealed class ValidatorTests
{
    private static DataTable Loans() => Table(
        Category("id", "a1", "a2", "a3", "a2", "a5"),
        Numbers("income", 2000, double.NaN, 3000, -5, 2500),
        Category("territory", "guadeloupe", "martinique", "mars", "guadeloupe", null),
        Category("email", "x@y.fr", "bad", "z@w.fr", "q@r.fr", "s@t.fr"));

    private static ExpectationResult Check(Expectation expectation, DataTable? table = null) =>
        Assert.Single(Validator.Validate(table ?? Loans(), [expectation], TestContext.Current.CancellationToken).Results);

    public static TheoryData<Expectation, bool, long, long[]> Cases() => new()
    {
        { new NotNullExpectation("id"), true, 0, [] },
        { new NotNullExpectation("income"), false, 1, [3] },
        { new NotNullExpectation("income", Mostly: 0.8), true, 1, [3] },
        { new RangeExpectation("income", 0, null), false, 1, [5] },
        { new RangeExpectation("income", -10, 5000), true, 0, [] },
        { new AllowedSetExpectation("territory", ["guadeloupe", "martinique"]), false, 1, [4] },
        { new AllowedSetExpectation("territory", ["guadeloupe", "martinique", "mars"]), true, 0, [] },
        { new RegexExpectation("email", "^[^@]+@[^@]+$"), false, 1, [3] },
        { new RegexExpectation("id", "^a[0-9]$"), true, 0, [] },
        { new UniqueExpectation("id"), false, 1, [5] },
        { new UniqueExpectation("email"), true, 0, [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_ColumnExpectation_PassesOrFailsWithLines(Expectation expectation, bool passed, long failing, long[] lines)
    {
        var result = Check(expectation);

        Assert.Equal(passed, result.Passed);
        Assert.Equal(failing, result.Failing);
        Assert.Equal(lines, result.FailingLines);
        Assert.StartsWith(expectation.Name, result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5L, 5L, true)]
    [InlineData(6L, null, false)]
    [InlineData(null, 4L, false)]
    public void Validate_RowCount_ComparesBounds(long? min, long? max, bool passed)
    {
        Assert.Equal(passed, Check(new RowCountExpectation(min, max)).Passed);
    }

    [Fact]
    public void Validate_SchemaEquals_SameSchemaPassesChangedKindFails()
    {
        var schema = Loans().Schema;
        var changed = new TableSchema(schema.Columns.Select(c => c.Name == "income" ? c with { Kind = ColumnKind.Text } : c));

        Assert.True(Check(new SchemaEqualsExpectation(schema)).Passed);
        var result = Check(new SchemaEqualsExpectation(changed));
        Assert.False(result.Passed);
        Assert.Contains("'income' is Number, expected Text", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DistributionClose_ShiftedNumbersFail()
    {
        var reference = new DistributionCloseExpectation("x", [10, 20], [], [0.3, 0.4, 0.3]);
        var same = Table(Numbers("x", 5, 5, 5, 15, 15, 15, 15, 25, 25, 25));
        var shifted = Table(Numbers("x", 25, 25, 25, 25, 25, 25, 25, 25, 15, 5));

        Assert.True(Check(reference, same).Passed);
        Assert.False(Check(reference, shifted).Passed);
    }

    [Fact]
    public void Validate_DistributionClose_NewCategoryCountsAgainst()
    {
        var reference = new DistributionCloseExpectation("territory", [], ["guadeloupe", "martinique"], [0.5, 0.5]);

        var result = Check(reference, Table(Category("territory", "mars", "mars", "mars", "guadeloupe")));

        Assert.False(result.Passed);
        Assert.Contains("population stability index", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownColumn_FailedResultNotCrash()
    {
        var result = Check(new RangeExpectation("salary", 0, 1));

        Assert.False(result.Passed);
        Assert.Contains("column 'salary' is not in test.csv", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RangeOnText_FailedResult()
    {
        Assert.False(Check(new RangeExpectation("territory", 0, 1)).Passed);
    }

    [Fact]
    public void Validate_BadPattern_UserErrorNamingExpectation()
    {
        var error = Assert.Throws<UserErrorException>(() => Check(new RegexExpectation("email", "([a-z")));

        Assert.Contains("regex(email)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CatastrophicPattern_TimesOutAsUserError()
    {
        var table = Table(Category("s", new string('a', 40) + "!"));

        var error = Assert.Throws<UserErrorException>(() => Check(new RegexExpectation("s", "^(a+)+$"), table));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MostlyOutOfRange_UserError()
    {
        Assert.Throws<UserErrorException>(() => Check(new NotNullExpectation("id", 1.5)));
    }

    [Fact]
    public void Validate_ManyFailures_KeepsFirstTwentyLines()
    {
        var table = Table(Numbers("x", new double[50].Select(_ => double.NaN).ToArray()));

        var result = Check(new NotNullExpectation("x"), table);

        Assert.Equal(50, result.Failing);
        Assert.Equal(Enumerable.Range(2, 20).Select(i => (long)i), result.FailingLines);
    }

    [Fact]
    public void Validate_Several_CountsFailures()
    {
        var result = Validator.Validate(Loans(), [new NotNullExpectation("id"), new UniqueExpectation("id"), new NotNullExpectation("nope")],
            TestContext.Current.CancellationToken);

        Assert.False(result.Passed);
        Assert.Equal(2, result.FailedCount);
        Assert.Equal("test.csv", result.Source);
    }
}

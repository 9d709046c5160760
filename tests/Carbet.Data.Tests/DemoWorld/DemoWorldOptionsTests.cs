using Carbet.Core;
using Carbet.Data.DemoWorld;
using Carbet.Testing;

namespace Carbet.Data.Tests.DemoWorld;

public sealed class DemoWorldOptionsTests
{
    public static TheoryData<DemoWorldOptions> BadOptions => new(
        new DemoWorldOptions { Months = 0 },
        new DemoWorldOptions { Months = 121 },
        new DemoWorldOptions { ApplicationsPerMonth = 99 },
        new DemoWorldOptions { ApplicationsPerMonth = 100_001 },
        new DemoWorldOptions { Start = new DateOnly(9999, 1, 1) });

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Generate_OptionOutOfRange_ThrowsUserErrorAtTheCall(DemoWorldOptions options)
    {
        var error = Assert.Throws<UserErrorException>(() => DemoWorldGenerator.Generate(options));
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
    }

    [Theory]
    [MemberData(nameof(BadOptions))]
    public async Task WriteAsync_OptionOutOfRange_ThrowsUserErrorAndWritesNothing(DemoWorldOptions options)
    {
        using var temp = new TempFolder();
        var folder = temp.File("world");
        await Assert.ThrowsAsync<UserErrorException>(() => DemoWorldWriter.WriteAsync(options, folder, null, TestContext.Current.CancellationToken));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Generate_LimitsOfTheRanges_Accepted()
    {
        var months = DemoWorldGenerator.Generate(new DemoWorldOptions { Months = 1, ApplicationsPerMonth = 100 }).ToList();
        var month = Assert.Single(months);
        Assert.Equal(100, month.Outcomes.Length);
        Assert.Equal(120, DemoWorldGenerator.Generate(new DemoWorldOptions { Months = 120, ApplicationsPerMonth = 100 }).Count());
    }

    [Fact]
    public void Generate_StartMidMonth_UsesItsMonth()
    {
        var month = DemoWorldGenerator.Generate(new DemoWorldOptions { Months = 1, ApplicationsPerMonth = 100, Start = new DateOnly(2024, 3, 17) }).Single();
        Assert.Equal(new DateOnly(2024, 3, 1), month.Month);
        Assert.All(month.Applications, a => Assert.Equal((2024, 3), (a.ApplicationDate.Year, a.ApplicationDate.Month)));
    }
}

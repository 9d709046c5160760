using Carbet.Core;
using Carbet.Data.DemoWorld;

namespace Carbet.Data.Tests.DemoWorld;

public sealed class DemoWorldColumnsTests
{
    [Fact]
    public void Schema_Roles_AreColumnsOfTheSchema()
    {
        string[] roles = [DemoWorldColumns.Id, DemoWorldColumns.Time, DemoWorldColumns.Target, DemoWorldColumns.Leakage, DemoWorldColumns.Empty, DemoWorldColumns.Proxy];
        Assert.All(roles.Concat(DemoWorldColumns.Sensitive).Concat(DemoWorldColumns.NumericFeatures).Concat(DemoWorldColumns.CategoricalFeatures),
            name => Assert.NotNull(DemoWorldColumns.Schema.Find(name)));
        Assert.Equal(21, DemoWorldColumns.Schema.Columns.Length);
        Assert.Equal(DemoWorldColumns.Schema.Columns.Length, DemoWorldColumns.Schema.Columns.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void Features_Always_ExcludeIdTimeTargetLeakageEmptyAndSensitive()
    {
        var features = DemoWorldColumns.NumericFeatures.Concat(DemoWorldColumns.CategoricalFeatures).ToList();
        string[] excluded = [DemoWorldColumns.Id, DemoWorldColumns.Time, DemoWorldColumns.Target, DemoWorldColumns.Leakage, DemoWorldColumns.Empty, .. DemoWorldColumns.Sensitive];
        Assert.Empty(features.Intersect(excluded));
        Assert.Contains(DemoWorldColumns.Proxy, features);
        Assert.Equal(features.Count + excluded.Length, DemoWorldColumns.Schema.Columns.Length);
    }

    [Fact]
    public void Schema_Kinds_MatchTheRoles()
    {
        Assert.Equal(ColumnKind.Identifier, DemoWorldColumns.Schema.Find(DemoWorldColumns.Id)?.Kind);
        Assert.Equal(ColumnKind.DateTime, DemoWorldColumns.Schema.Find(DemoWorldColumns.Time)?.Kind);
        Assert.Equal(ColumnKind.Boolean, DemoWorldColumns.Schema.Find(DemoWorldColumns.Target)?.Kind);
        Assert.All(DemoWorldColumns.NumericFeatures, n => Assert.Contains(DemoWorldColumns.Schema.Find(n)?.Kind, new ColumnKind?[] { ColumnKind.Integer, ColumnKind.Number }));
        Assert.All(DemoWorldColumns.CategoricalFeatures, n => Assert.Equal(ColumnKind.Category, DemoWorldColumns.Schema.Find(n)?.Kind));
        Assert.Equal(["commune", "employment_years", "housing", DemoWorldColumns.Empty],
            DemoWorldColumns.Schema.Columns.Where(c => c.Nullable).Select(c => c.Name));
    }
}

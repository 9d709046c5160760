using Carbet.Core;
using Carbet.Modeling.Features;
using Carbet.Modeling.Tasks;
using Carbet.Testing;

namespace Carbet.Modeling.Tests.Tasks;

public sealed class TaskFeaturesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Plan_BalancedWeightsAndTargetEncodingAsked_RowsUnweightedAndCategoriesHashed()
    {
        var options = FeatureOptions.Default with { ClassWeights = ClassWeighting.Balanced, HighCardinality = HighCardinalityEncoding.Target, MaxOneHot = 2 };
        var plan = TaskTrainer.Plan(TaskCsv.Multiclass(_folder.Path) with { Features = options });

        Assert.Null(plan.PositiveWeight);
        Assert.Equal(ColumnEncoding.Hashed, plan.Columns.Single(c => c.Column == "shade").Encoding);
        Assert.Equal(4, plan.Columns.Single(c => c.Column == "shade").Levels);   // dark, light, mid and blank
        Assert.Equal(288, plan.Rows);
    }

    [Fact]
    public void Plan_MaxOneHotOutOfRange_UserErrorNamingTheKey()
    {
        var request = TaskCsv.Regression(_folder.Path) with { Features = FeatureOptions.Default with { MaxOneHot = 1 } };
        var error = Assert.Throws<UserErrorException>(() => TaskTrainer.Plan(request));
        Assert.Contains("features.max_onehot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Families_EveryTask_LinearOnesScaleAndFillTreesKeepMissing()
    {
        foreach (var family in TaskFamilies.Multiclass.Concat(TaskFamilies.Regression))
            Assert.NotEqual(family.NeedsNormalization, family.HandlesMissingValues);
        Assert.True(TaskFamilies.Get(TaskKind.Regression, "sdca").NeedsNormalization);
        Assert.True(TaskFamilies.Get(TaskKind.Multiclass, "forest").HandlesMissingValues);
        Assert.Equal(TaskFamilies.Get(TaskKind.Multiclass, "forest").Space.Parameters.Select(p => p.Name),
            TaskFamilies.Get(TaskKind.Regression, "forest").Space.Parameters.Select(p => p.Name));
    }
}

using Carbet.Core;
using Carbet.Modeling.Families;

namespace Carbet.Modeling.Tests.Families;

public sealed class ModelFamiliesTests
{
    [Fact]
    public void Get_UnknownName_UserErrorListingFamilies()
    {
        var error = Assert.Throws<UserErrorException>(() => ModelFamilies.Get("nope"));
        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
        Assert.Contains("logistic, lightgbm, fasttree, forest, sdca, mlp, baseline", error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("logistic", typeof(LogisticFamily))]
    [InlineData("LightGBM", typeof(LightGbmFamily))]
    [InlineData("fasttree", typeof(FastTreeFamily))]
    [InlineData("forest", typeof(FastForestFamily))]
    [InlineData("sdca", typeof(SdcaFamily))]
    [InlineData("mlp", typeof(MlpFamily))]
    [InlineData("baseline", typeof(BaselineFamily))]
    public void Get_KnownName_ReturnsThatFamily(string name, Type type) =>
        Assert.IsType(type, ModelFamilies.Get(name));

    [Fact]
    public void All_Always_HasUniqueNames() =>
        Assert.Equal(ModelFamilies.All.Length, ModelFamilies.All.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count());

    [Fact]
    public void Space_EveryFamily_DefaultsWithinRange()
    {
        Assert.All(ModelFamilies.All.SelectMany(f => f.Space.Parameters), p =>
        {
            Assert.True(p.Low <= p.High, p.Name);
            Assert.True(p.Contains(p.Default), p.Name);
            if (p.Kind == HyperParameterKind.LogFloat)
                Assert.True(p.Low > 0, p.Name);
            if (p.Kind == HyperParameterKind.Categorical)
                Assert.Equal(p.Choices.Length - 1, (int)p.High);
        });
    }

    [Fact]
    public void Default_Space_HoldsEveryParameter()
    {
        var space = new LightGbmFamily().Space;
        var values = HyperParameters.Default(space);
        Assert.Equal(space.Parameters.Select(p => p.Name).Order(StringComparer.Ordinal), values.Values.Keys);
    }
}

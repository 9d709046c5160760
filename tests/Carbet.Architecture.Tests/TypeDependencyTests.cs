using System.Reflection;

using NetArchTest.Rules;

namespace Carbet.Architecture.Tests;

public sealed class TypeDependencyTests
{
    [Theory]
    [InlineData("Carbet.Core", new[] { "Carbet.Data", "Carbet.Modeling", "Carbet.Tracking", "Carbet.Lifecycle", "Carbet.Serving", "Carbet.Server", "Microsoft.ML", "Microsoft.EntityFrameworkCore", "Spectre.Console" })]
    [InlineData("Carbet.Data", new[] { "Microsoft.ML", "Carbet.Governance", "Carbet.Modeling", "Carbet.Tracking", "Carbet.Lifecycle", "Carbet.Serving", "Carbet.Server", "Microsoft.EntityFrameworkCore", "Spectre.Console", "System.CommandLine" })]
    [InlineData("Carbet.Tuning", new[] { "Carbet.Data", "Carbet.Modeling", "Carbet.Tracking", "Carbet.Lifecycle", "Carbet.Serving", "Carbet.Server", "Microsoft.ML", "Microsoft.EntityFrameworkCore", "Spectre.Console", "System.CommandLine" })]
    [InlineData("Carbet.Modeling", new[] { "Carbet.Tracking", "Carbet.Lifecycle", "Carbet.Serving", "Carbet.Server", "Microsoft.EntityFrameworkCore", "Spectre.Console", "System.CommandLine" })]
    [InlineData("Carbet.Evaluation", new[] { "Carbet.Data", "Carbet.Tracking", "Carbet.Lifecycle", "Carbet.Serving", "Carbet.Server", "Microsoft.EntityFrameworkCore", "Spectre.Console", "System.CommandLine" })]
    [InlineData("Carbet.Governance", new[] { "Carbet.Data", "Carbet.Modeling", "Carbet.Tracking", "Carbet.Lifecycle", "Carbet.Serving", "Carbet.Server", "Microsoft.ML", "Microsoft.EntityFrameworkCore", "Spectre.Console", "System.CommandLine" })]
    [InlineData("Carbet.Tracking", new[] { "Carbet.Lifecycle", "Carbet.Serving", "Carbet.Server", "Microsoft.ML", "Spectre.Console", "System.CommandLine" })]
    [InlineData("Carbet.Lifecycle", new[] { "Carbet.Cli", "Carbet.Serving", "Carbet.Server", "Spectre.Console", "System.CommandLine" })]
    [InlineData("Carbet.Serving", new[] { "Carbet.Lifecycle", "Carbet.Server", "Carbet.Cli", "Microsoft.AspNetCore", "Spectre.Console", "System.CommandLine" })]
    [InlineData("Carbet.Server", new[] { "Carbet.Cli", "Carbet.Lifecycle", "Spectre.Console", "System.CommandLine" })]
    public void Assembly_Always_SeesOnlyLowerLayers(string assembly, string[] forbidden)
    {
        var result = Types.InAssembly(Assembly.Load(assembly)).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }
}

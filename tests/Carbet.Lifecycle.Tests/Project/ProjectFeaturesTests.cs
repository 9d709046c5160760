using Carbet.Core;
using Carbet.Lifecycle.Project;
using Carbet.Modeling.Features;
using Carbet.Testing;

namespace Carbet.Lifecycle.Tests.Project;

public sealed class ProjectFeaturesTests : IDisposable
{
    private const string Minimal = "name: p\ndata:\n  source: rows.csv\n  target: y\n  sensitive: [sex, age]\n";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ProjectFile Load(string yaml)
    {
        var path = _folder.File("carbet.yaml");
        File.WriteAllText(path, yaml);
        return ProjectFileLoader.Load(path);
    }

    [Fact]
    public void Load_NoFeaturesSection_Defaults()
    {
        Assert.Equal(FeatureOptions.Default, Load(Minimal).Features);
    }

    [Fact]
    public void Load_EveryKey_ReadsIntoTheOptions()
    {
        var features = Load(Minimal + """
            features:
              max_onehot: 12
              high_cardinality: hash
              target_encoding_folds: 4
              prior_weight: 7.5
              hash_bits: 12
              binning: 10
              class_weights: balanced
              imbalance_threshold: 0.1
              allow_sensitive: [age]
              selection: { tolerance: 0.002, candidates: 3 }
            """).Features;

        Assert.Equal((12, HighCardinalityEncoding.Hash, 4, 7.5, 12, 10), (features.MaxOneHot, features.HighCardinality, features.TargetEncodingFolds,
            features.TargetEncodingPriorWeight, features.HashBits, features.Bins));
        Assert.Equal((ClassWeighting.Balanced, 0.1), (features.ClassWeights, features.ImbalanceThreshold));
        Assert.Equal(["age"], features.AllowSensitive);
        Assert.Equal(new FeatureSelectionOptions { Tolerance = 0.002, Candidates = 3 }, features.Selection);
    }

    [Fact]
    public void Load_EmptySelection_SelectionOnWithDefaults()
    {
        Assert.Equal(new FeatureSelectionOptions(), Load(Minimal + "features:\n  selection: {}\n").Features.Selection);
    }

    [Theory]
    [InlineData("features:\n  max_onehot: 1\n", 7, "features.max_onehot")]
    [InlineData("features:\n  max_onehot: 2.5\n", 7, "features.max_onehot")]
    [InlineData("features:\n  max_onehot: many\n", 7, "features.max_onehot")]
    [InlineData("features:\n  high_cardinality: embed\n", 7, "features.high_cardinality")]
    [InlineData("features:\n  class_weights: heavy\n", 7, "features.class_weights")]
    [InlineData("features:\n  binning: 1\n", 7, "features.binning")]
    [InlineData("features:\n  prior_weight: 0\n", 7, "features.prior_weight")]
    [InlineData("features:\n  imbalance_threshold: 0.7\n", 7, "features.imbalance_threshold")]
    [InlineData("features:\n  onehot: 3\n", 7, "features.onehot")]
    [InlineData("features:\n  selection:\n    tolerance: 0.5\n", 8, "features.selection.tolerance")]
    [InlineData("features:\n  selection:\n    rounds: 2\n", 8, "features.selection.rounds")]
    [InlineData("features:\n  allow_sensitive: [income]\n", 7, "features.allow_sensitive")]
    [InlineData("features: [a]\n", 6, "features")]
    public void Load_BadValue_UserErrorNamingTheKeyAndLine(string section, int line, string key)
    {
        var error = Assert.Throws<UserErrorException>(() => Load(Minimal + section));
        Assert.StartsWith($"carbet.yaml line {line}:", error.Message, StringComparison.Ordinal);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
    }

    [Fact]
    public void Render_Template_DocumentsTheFeaturesSectionAndReadsBackDefaults()
    {
        var schema = new TableSchema([new ColumnSchema("x", ColumnKind.Number), new ColumnSchema("y", ColumnKind.Boolean)]);
        var text = ProjectFileTemplate.Render(new ProjectGuess("p", "rows.csv", "y", TaskKind.Binary, schema) { Positive = "1" });
        Assert.Contains("# features:", text, StringComparison.Ordinal);
        Assert.Contains("high_cardinality: target", text, StringComparison.Ordinal);
        Assert.Equal(FeatureOptions.Default, Load(text).Features);
    }
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

using Carbet.Core;
using Carbet.Data.DemoWorld;
using Carbet.Data.Tables;
using Carbet.Data.Writing;
using Carbet.Lifecycle.DataSteps;
using Carbet.Lifecycle.Project;
using Carbet.Lifecycle.Training;
using Carbet.Modeling.Explanation;
using Carbet.Testing;
using Carbet.Tracking;
using Carbet.Tracking.Registry;

namespace Carbet.Serving.Tests;

/// <summary>A SQLite store in a temp folder with two versions of model <c>credit</c> trained on a small demo world:
/// v1 logistic (champion), v2 LightGBM (challenger); and real input rows from the prepared data.</summary>
public sealed class TrainedStore : IAsyncLifetime
{
    public const string Model = "credit";
    private const string Project = """
        name: credit
        data:
          source: applications.csv
          target: default_12m
          positive: "1"
          id: application_id
          time: application_date
          sensitive: [sex, age]
          exclude: [collection_status]
        task: binary
        review: { band: [0.2, 0.5] }
        """;

    private readonly TempFolder _folder = new();

    public IStore Store { get; private set; } = null!;

    public ProjectFile ProjectFile { get; private set; } = null!;

    /// <summary>Rows of the prepared data as a client sends them, keyed by the signature's columns.</summary>
    public ImmutableArray<Dictionary<string, JsonElement>> Rows { get; private set; }

    public ModelVersionSnapshot V1 { get; private set; } = null!;

    public ModelVersionSnapshot V2 { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var world = await DemoWorldWriter.WriteAsync(new DemoWorldOptions { Months = 2, ApplicationsPerMonth = 400 }, _folder.File("world"), null, ct);
        var path = Path.Combine(world.Folder, "carbet.yaml");
        await File.WriteAllTextAsync(path, Project, ct);
        ProjectFile = ProjectFileLoader.Load(path);
        Store = await StoreFactory.OpenAsync(new StoreOptions { WorkingDirectory = _folder.Path }, ct);
        var context = new CarbetContext(CarbetContext.DefaultSeed);
        await new DataPrepareWorkflow(Store, context).RunAsync(ProjectFile, null, ct);
        var train = new TrainWorkflow(Store, context);
        await train.RunAsync(ProjectFile, new TrainOptions { Families = ["logistic"], Folds = 2, Tuning = new TuningSection { Trials = 0 } }, null, ct);
        await train.RunAsync(ProjectFile, new TrainOptions { Families = ["lightgbm"], Folds = 2, Tuning = new TuningSection { Trials = 0 } }, null, ct);
        V1 = (await Store.Models.GetVersionAsync(Model, 1, ct))!;
        V2 = (await Store.Models.GetVersionAsync(Model, 2, ct))!;
        var dataset = (await Store.Datasets.GetAsync(V1.DatasetVersionId!, ct))!;
        DataTable table;
        await using (var stream = Store.Artifacts.OpenRead(dataset.ContentHash))
            table = await ParquetTableWriter.ReadAsync(stream, "prepared", ct);
        Rows = [.. Enumerable.Range(0, 40).Select(i => Row(table, V1.InputSignature, i * 7))];
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>A copy of row <paramref name="index"/> with <paramref name="field"/> set to the JSON <paramref name="json"/>, or removed when null.</summary>
    public Dictionary<string, JsonElement> With(int index, string field, string? json)
    {
        var row = new Dictionary<string, JsonElement>(Rows[index], StringComparer.Ordinal);
        if (json is null)
            row.Remove(field);
        else
            row[field] = JsonDocument.Parse(json).RootElement.Clone();
        return row;
    }

    /// <summary>The model's own probability for a row: the version's model file read by <see cref="ModelExplainer"/>, outside any host.</summary>
    public async Task<double[]> ScoresAsync(ModelVersionSnapshot version, IEnumerable<Dictionary<string, JsonElement>> rows)
    {
        byte[] file;
        await using (var stream = Store.Artifacts.OpenRead(version.ArtifactSha256))
        using (var bytes = new MemoryStream())
        {
            await stream.CopyToAsync(bytes);
            file = bytes.ToArray();
        }
        var explainer = ModelExplainer.Load(file, CarbetContext.DefaultSeed);
        return [.. rows.Select(r => explainer.Explain(r.Where(v => explainer.InputColumns.Contains(v.Key))
            .ToDictionary(v => v.Key, v => (string?)Text(v.Value))).Probability)];
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "1",
        JsonValueKind.False => "0",
        JsonValueKind.Null => null,
        _ => value.GetRawText(),
    };

    private static Dictionary<string, JsonElement> Row(DataTable table, TableSchema signature, int index) =>
        signature.Columns.ToDictionary(c => c.Name, c => JsonDocument.Parse(Json(table[c.Name], c.Kind, index)).RootElement.Clone(), StringComparer.Ordinal);

    private static string Json(DataColumn column, ColumnKind kind, int row) => column.Format(row) is not { } text ? "null"
        : kind == ColumnKind.Boolean ? (text == "1" ? "true" : "false")
        : column is NumericColumn numbers ? numbers[row].ToString("R", CultureInfo.InvariantCulture)
        : JsonSerializer.Serialize(text);
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

using Carbet.Core;
using Carbet.Core.Reports;
using Carbet.Data.Validation;
using Carbet.Lifecycle.Project;
using Carbet.Tracking;

namespace Carbet.Lifecycle.DataSteps;

/// <summary>What <c>carbet data validate</c> found; <see cref="SuggestedInto"/> names carbet.yaml when expectations were suggested.</summary>
public sealed record ValidateSummary(string RunId, ValidationResult Result, string? SuggestedInto);

/// <summary><c>carbet data validate</c>: checks the project's expectations on its source; <c>--suggest</c> first writes expectations learned from the data into carbet.yaml.</summary>
public sealed partial class DataValidateWorkflow(IStore store, CarbetContext context)
{
    /// <summary>Validates (after suggesting, when asked).</summary>
    public async Task<ValidateSummary> RunAsync(ProjectFile project, bool suggest, IProgress<WorkflowProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (suggest && !project.Expectations.IsEmpty)
            throw new UserErrorException($"{project.Path} already declares {project.Expectations.Length} expectations.", "Remove its validation section to suggest new ones, or run without --suggest.");
        if (!suggest && project.Expectations.IsEmpty)
            throw new UserErrorException($"{project.Path} declares no expectations.", "Run 'carbet data validate --suggest' to write some learned from the data, then review them.");
        // an empty validation section: appending another one would write the key twice and break the file
        if (suggest && File.Exists(project.Path) && ValidationKey().IsMatch(await File.ReadAllTextAsync(project.Path, ct)))
            throw new UserErrorException($"{project.Path} already has a validation section, with no expectations.", "Remove the section to have --suggest write one, or add expectations to it.");
        var loaded = await ProjectData.LoadAsync(project, progress, ct);
        var expectations = suggest
            ? ExpectationSuggester.Suggest(loaded.Table, SuggestOptions.Default)
            : [.. project.Expectations.Select(e => ExpectationYaml.FromSpec(e, Path.GetFileName(project.Path)))];
        if (suggest)
            await File.AppendAllTextAsync(project.Path, ExpectationYaml.ToSection(expectations), ct);
        progress?.Report(new("Validating", 0.6));
        return await RecordedRun.RecordAsync(store, project.Name, "validate", project.Folder, "data validate", async run =>
        {
            var result = Validator.Validate(loaded.Table, expectations, ct);
            await run.LogTextAsync("reports/validation.json", ValidationJson.Write(result), ct);
            await run.LogTextAsync("reports/validation.html", HtmlReportRenderer.Render(Document(project, result)), ct);
            await run.LogMetricsAsync(new Dictionary<string, double> { ["expectations"] = result.Results.Length, ["expectations_failed"] = result.FailedCount }, context.Now, ct);
            return new ValidateSummary(run.Id, result, suggest ? project.Path : null);
        }, ct);
    }

    [GeneratedRegex(@"^validation\s*:", RegexOptions.Multiline)]
    private static partial Regex ValidationKey();

    private static ReportDocument Document(ProjectFile project, ValidationResult result) => new($"Validation of {project.Name}",
    [
        new("Summary", [result.Passed
            ? new AlertBlock(AlertLevel.Info, $"All {result.Results.Length} expectations hold on {result.Source}.")
            : new AlertBlock(AlertLevel.Error, $"{result.FailedCount} of {result.Results.Length} expectations fail on {result.Source}.")]),
        new("Expectations", [new TableBlock(["Expectation", "Result", "Rows checked", "Failing", "First failing lines", "Message"],
            [.. result.Results.Select(r => ImmutableArray.Create(r.Expectation.Name, r.Passed ? "pass" : "FAIL",
                r.Evaluated.ToString(CultureInfo.InvariantCulture), r.Failing.ToString(CultureInfo.InvariantCulture),
                string.Join(", ", r.FailingLines), r.Message))])]),
    ]);
}

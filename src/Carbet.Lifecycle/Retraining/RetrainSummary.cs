using System.Collections.Immutable;
using System.Globalization;

using Carbet.Evaluation.Classification;

namespace Carbet.Lifecycle.Retraining;

/// <summary>What <c>carbet retrain</c> produced: the new version, what it came from, and both scored on the same test rows.</summary>
/// <param name="RunId">The <c>retrain</c> run; the family's cross-validation and fit have a child run.</param>
/// <param name="Version">The new version of <paramref name="Model"/>, now aliased <c>challenger</c>.</param>
/// <param name="ParentVersion">The version it was retrained from.</param>
/// <param name="TransferMethod">What the family did with the parent: continued weights, warm start, or refit with recorded hyperparameters.</param>
/// <param name="New">The new version on the test rows.</param>
/// <param name="Parent">The parent version on the same rows.</param>
/// <param name="Paired">DeLong's paired test, new minus parent.</param>
/// <param name="ChallengerWas">The version the challenger alias pointed at before; null when it was new.</param>
public sealed record RetrainSummary(
    string RunId,
    string Model,
    int Version,
    int ParentVersion,
    string ParentRunId,
    string Family,
    string TransferMethod,
    string DatasetVersionId,
    long TrainRows,
    long TestRows,
    double CvAucMean,
    double CvAucStd,
    TestScore New,
    TestScore Parent,
    PairedAucTest Paired,
    ThresholdChoice Threshold,
    int? ChallengerWas)
{
    /// <value>The alias the parent was found by. The default is null: given by version number.</value>
    public string? ParentAlias { get; init; }

    /// <value>The family's sentence on what transfer means for it. The default is empty.</value>
    public string TransferDescription { get; init; } = "";

    /// <value>The hyperparameters of the new fit, as recorded (<c>hp.*</c>). The default is none.</value>
    public ImmutableSortedDictionary<string, string> Hyperparameters { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>The parent as people read it, e.g. <c>credit-risk v2 (champion)</c>.</summary>
    public string ParentName => $"{Model} v{ParentVersion.ToString(CultureInfo.InvariantCulture)}{(ParentAlias is { } a ? $" ({a})" : "")}";

    /// <summary>The paired test in one sentence.</summary>
    public string PairedSentence
    {
        get
        {
            var verdict = Paired.PValue < 0.05 ? "a significant difference at the 5% level" : "no significant difference at the 5% level";
            return string.Create(CultureInfo.InvariantCulture,
                $"On the same {TestRows} test rows, new minus parent AUC is {Paired.Difference:+0.0000;-0.0000;0.0000} (DeLong paired test, p = {Paired.PValue:0.0000}): {verdict}.");
        }
    }
}

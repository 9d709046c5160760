using Carbet.Lifecycle.DataSteps;

namespace Carbet.Lifecycle.Demo;

/// <summary>What the demo's data steps found and fixed: the profile, the validation of the raw data and the preparation.</summary>
public sealed record DemoData(ProfileSummary Profile, ValidateSummary Validation, PrepareSummary Prepared);

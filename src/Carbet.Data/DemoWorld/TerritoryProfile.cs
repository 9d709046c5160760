namespace Carbet.Data.DemoWorld;

/// <summary>What the demo world knows about one territory: its calibration (DEMO-WORLD-FACTS.md §9) and its messy spellings.</summary>
/// <param name="Name">The canonical spelling, as production systems should write it.</param>
/// <param name="Weight">Share of applications.</param>
/// <param name="SeniorShare">Share of applicants aged 60 or more.</param>
/// <param name="MaxAge">Oldest applicant.</param>
/// <param name="MedianIncome">Median real monthly income at the start, in euros (2017 INSEE median ×1.15).</param>
/// <param name="IncomeSigma">Standard deviation of log income around the median, before employment and age effects.</param>
/// <param name="OwnerShare">Share of home owners at the territory's mean applicant age.</param>
/// <param name="MeanAge">Mean applicant age, the centre of the age effect on ownership.</param>
/// <param name="RiskEffect">Added to the default log-odds.</param>
internal sealed record TerritoryProfile(
    string Name,
    double Weight,
    double SeniorShare,
    int MaxAge,
    double MedianIncome,
    double IncomeSigma,
    double OwnerShare,
    double MeanAge,
    double RiskEffect,
    Weighted<string> Communes,
    Weighted<string> Employment,
    Weighted<string> Spellings);

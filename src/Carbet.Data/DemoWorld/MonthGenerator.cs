using System.Globalization;

using Carbet.Core;

namespace Carbet.Data.DemoWorld;

/// <summary>Generates one month from its own random streams, so a month never depends on the months before it.</summary>
internal static class MonthGenerator
{
    public const string WrittenOff = "written_off";
    public const string InCollection = "in_collection";
    public const string Repaid = "repaid";
    public const string Current = "current";

    // ids start here so they do not read as row numbers; 120 months of 100,000 stay within 8 digits
    private const int FirstId = 10_000_000;

    public static DemoMonth Generate(CarbetContext context, DemoWorldOptions options, DemoWorldDrift drift, int index)
    {
        var month = options.FirstMonth.AddMonths(index - 1);
        var days = DateTime.DaysInMonth(month.Year, month.Month);
        var random = context.CreateRandom(string.Create(CultureInfo.InvariantCulture, $"demo/month/{index}"));
        var newPurpose = index >= drift.NewPurposeFrom;

        var drawn = new List<(Applicant Applicant, bool Default, int DaysToDefault)>(options.ApplicationsPerMonth);
        for (var i = 0; i < options.ApplicationsPerMonth; i++)
        {
            var applicant = ApplicantSampler.Draw(random, month.AddDays(random.Next(days)), newPurpose);
            var p = Sampling.Logistic(RiskModel.Logit(applicant, index, drift));
            var defaulted = random.NextDouble() < p;
            var timing = random.NextDouble();
            drawn.Add((applicant, defaulted, defaulted ? DaysToDefault(applicant.Date, timing) : 0));
        }

        var problems = context.CreateRandom(string.Create(CultureInfo.InvariantCulture, $"demo/month/{index}/problems"));
        var priceIndex = drift.PriceIndex(index);
        var rows = new List<CreditApplication>(drawn.Count);
        var outcomes = new List<LoanOutcome>(drawn.Count);
        var ordered = drawn.OrderBy(d => d.Applicant.Date).ToList();   // stable: same-day applications keep their draw order
        for (var k = 0; k < ordered.Count; k++)
        {
            var (a, defaulted, daysToDefault) = ordered[k];
            var id = string.Create(CultureInfo.InvariantCulture, $"A{FirstId + ((long)(index - 1) * options.ApplicationsPerMonth) + k + 1:D8}");
            var knownOn = defaulted ? a.Date.AddDays(daysToDefault) : a.Date.AddMonths(12);
            outcomes.Add(new LoanOutcome(id, defaulted, knownOn));
            var nominalIncome = Math.Round(a.RealIncome * priceIndex, MidpointRounding.AwayFromZero);
            rows.Add(DataProblems.Apply(problems, a, id, nominalIncome, defaulted, CollectionStatus(defaulted, daysToDefault, a.DurationMonths)));
        }
        var withDuplicates = DataProblems.Resubmit(problems, rows);
        return new DemoMonth(index, month, [.. withDuplicates], [.. outcomes]);
    }

    /// <summary>Days from application to default: within the 12-month horizon, earlier more often than later.</summary>
    private static int DaysToDefault(DateOnly date, double uniform)
    {
        var horizon = date.AddMonths(12).DayNumber - date.DayNumber;
        return 15 + (int)((horizon - 15) * Math.Pow(uniform, 1.2));
    }

    /// <summary>The status the collections team writes a year on: known only after the outcome, hence leakage.</summary>
    private static string CollectionStatus(bool defaulted, int daysToDefault, int durationMonths) =>
        defaulted
            ? daysToDefault <= 180 ? WrittenOff : InCollection
            : durationMonths <= 12 ? Repaid : Current;
}

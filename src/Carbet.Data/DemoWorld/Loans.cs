using System.Collections.Immutable;

namespace Carbet.Data.DemoWorld;

/// <summary>Loan purpose, amount and duration (DEMO-WORLD-FACTS.md §9: 1k-40k €, median 6k-12k; 12-84 months, mode 36-60).</summary>
internal static class Loans
{
    public const string EnergyRenovation = "energy_renovation";

    /// <summary>Annual rate used for the monthly instalment; typical of DOM consumer credit under the usury cap.</summary>
    public const double AnnualRate = 0.069;

    /// <summary>Incomes are compared with this reference when sizing a loan, so poorer territories borrow less.</summary>
    public const double ReferenceIncome = 1_400;

    private sealed record Purpose(string Name, double Weight, double MedianAmount, double RiskEffect);

    private static readonly ImmutableArray<Purpose> Purposes =
    [
        new("car", 0.22, 12_000, -0.10),
        new("home_improvement", 0.16, 9_000, -0.10),
        new("consumer_goods", 0.18, 3_500, 0.0),
        new("debt_consolidation", 0.12, 10_000, 0.30),
        new("personal", 0.17, 6_000, 0.10),
        new("education", 0.05, 5_000, 0.0),
        new("travel", 0.10, 3_000, 0.10),
    ];

    // subsidised work (MaPrimeRénov'), mostly by owners: a little safer than home improvement
    private static readonly Purpose NewPurpose = new(EnergyRenovation, 0.09, 9_000, -0.30);

    private static readonly Weighted<Purpose> Before = new([.. Purposes.Select(p => (p, p.Weight))]);
    private static readonly Weighted<Purpose> After = new([.. Purposes.Append(NewPurpose).Select(p => (p, p.Weight))]);

    private static readonly Weighted<int> SmallLoan = new((12, 0.25), (18, 0.20), (24, 0.30), (36, 0.25));
    private static readonly Weighted<int> MidLoan = new((12, 0.04), (18, 0.05), (24, 0.12), (36, 0.28), (48, 0.24), (60, 0.18), (72, 0.06), (84, 0.03));
    private static readonly Weighted<int> LargeLoan = new((36, 0.15), (48, 0.25), (60, 0.30), (72, 0.15), (84, 0.15));

    public static (string Purpose, double Amount, int Duration) Draw(Random random, double realIncome, bool newPurposeOffered)
    {
        var purpose = (newPurposeOffered ? After : Before).Pick(random);
        var log = Math.Log(purpose.MedianAmount) + (0.4 * Math.Log(realIncome / ReferenceIncome)) + (0.45 * random.Normal());
        var amount = Math.Round(Math.Clamp(Math.Exp(log), 1_000, 40_000) / 100, MidpointRounding.AwayFromZero) * 100;
        var duration = (amount < 3_000 ? SmallLoan : amount <= 20_000 ? MidLoan : LargeLoan).Pick(random);
        return (purpose.Name, amount, duration);
    }

    public static double RiskEffect(string purpose) =>
        Purposes.FirstOrDefault(p => p.Name == purpose)?.RiskEffect ?? NewPurpose.RiskEffect;

    /// <summary>The monthly instalment of an amortising loan.</summary>
    public static double Instalment(double amount, int months)
    {
        const double monthly = AnnualRate / 12;
        return amount * monthly / (1 - Math.Pow(1 + monthly, -months));
    }
}

namespace Carbet.Data.DemoWorld;

/// <summary>The values of <c>employment_type</c>, with the effects the causal structure gives each.</summary>
internal static class Employment
{
    public const string CivilServant = "civil_servant";
    public const string Permanent = "permanent";
    public const string FixedTerm = "fixed_term";
    public const string SelfEmployed = "self_employed";
    public const string Unemployed = "unemployed";
    public const string Retired = "retired";

    /// <summary>Added to log income (docs/demo-world.md, income).</summary>
    public static double IncomeEffect(string type) => type switch
    {
        CivilServant => 0.18,
        Permanent => 0.08,
        FixedTerm => -0.12,
        SelfEmployed => 0.0,
        Unemployed => -0.55,
        _ => -0.10,
    };

    /// <summary>Added to the default log-odds (docs/demo-world.md, default).</summary>
    public static double RiskEffect(string type) => type switch
    {
        CivilServant => -0.45,
        Permanent => 0.0,
        FixedTerm => 0.40,
        SelfEmployed => 0.30,
        Unemployed => 0.80,
        _ => -0.20,
    };

    /// <summary>The chance that an applicant of this age has retired.</summary>
    public static double RetiredShare(int age) => age switch
    {
        < 60 => 0.0,
        < 62 => 0.35,
        < 65 => 0.60,
        < 67 => 0.80,
        _ => 0.95,
    };

    /// <summary>Years in the current job, from the years since 18; zero without a job.</summary>
    public static double Tenure(Random random, string type, int age)
    {
        var career = age - 18.0;
        var years = type switch
        {
            CivilServant => career * Math.Pow(random.NextDouble(), 0.6),
            Permanent => career * Math.Pow(random.NextDouble(), 1.3),
            FixedTerm => Math.Min(3.0, career) * random.NextDouble(),
            SelfEmployed => career * random.NextDouble(),
            _ => 0.0,
        };
        return Math.Round(years, 1, MidpointRounding.AwayFromZero);
    }
}

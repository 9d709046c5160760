namespace Carbet.Data.DemoWorld;

/// <summary>The values of <c>housing</c>, with their effect on the default log-odds.</summary>
internal static class Housing
{
    public const string Owner = "owner";
    public const string Tenant = "tenant";
    public const string Social = "social_housing";
    public const string Family = "family";

    public static double RiskEffect(string housing) => housing switch
    {
        Owner => -0.25,
        Family => 0.10,
        _ => 0.0,
    };
}

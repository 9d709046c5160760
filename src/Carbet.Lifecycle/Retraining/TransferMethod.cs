using Carbet.Modeling.Families;

namespace Carbet.Lifecycle.Retraining;

/// <summary>What a family does with a parent, in the short words of the <c>transfer.method</c> param.</summary>
internal static class TransferMethod
{
    public const string ContinuedWeights = "continued weights";
    public const string WarmStart = "warm start";
    public const string Refit = "refit with recorded hyperparameters";

    public static string Of(IModelFamily family) => family switch
    {
        MlpFamily => ContinuedWeights,
        ITransferable => WarmStart,
        _ => Refit,
    };
}

namespace Carbet.Modeling.Families;

/// <summary>What training from a parent model means for any family.</summary>
public static class FamilyTransfer
{
    /// <summary>The meaning for families that cannot start from earlier weights or trees.</summary>
    public const string Retrain = "Retrains from scratch on the new rows with the parent's recorded hyperparameters.";

    /// <summary>One sentence on what transfer means for <paramref name="family"/>.</summary>
    public static string Describe(IModelFamily family) => family is ITransferable t ? t.TransferDescription : Retrain;

    /// <summary>Whether <paramref name="family"/> starts from the parent's fitted model rather than its hyperparameters only.</summary>
    public static bool WarmStarts(IModelFamily family) => family is ITransferable;
}

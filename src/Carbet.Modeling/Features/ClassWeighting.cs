namespace Carbet.Modeling.Features;

/// <summary>Whether positive rows weigh more than negative ones when fitting.</summary>
public enum ClassWeighting
{
    /// <summary>Balanced weights when the positive share is below <see cref="FeatureOptions.ImbalanceThreshold"/>, else none.</summary>
    Auto,

    /// <summary>Every row weighs 1.</summary>
    None,

    /// <summary>Each positive row weighs negatives / positives, so both classes weigh the same in total.</summary>
    Balanced,
}

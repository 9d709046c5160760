namespace Carbet.Evaluation.Classification;

/// <summary>How a decision threshold was chosen.</summary>
public enum ThresholdRule
{
    /// <summary>The fixed threshold the user gave.</summary>
    Fixed,

    /// <summary>The threshold minimising the total cost of false negatives and false positives.</summary>
    MinimumExpectedCost,

    /// <summary>The highest threshold reaching a target recall.</summary>
    TargetRecall,

    /// <summary>The threshold maximising Youden's J = TPR − FPR.</summary>
    YoudenJ,
}

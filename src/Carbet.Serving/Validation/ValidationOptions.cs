namespace Carbet.Serving.Validation;

/// <summary>What to do with a category the model never saw in training.</summary>
public enum UnknownCategoryPolicy
{
    /// <summary>The row is refused with a field error.</summary>
    Reject,

    /// <summary>The value is replaced by <see cref="ValidationOptions.OtherCategory"/> and the row is scored.</summary>
    MapToOther,
}

/// <summary>What to do with a number outside the training domain (its range widened by the margin).</summary>
public enum OutOfDomainPolicy
{
    /// <summary>The row is refused with a field error.</summary>
    Reject,

    /// <summary>The row is scored and put in the review band with the reason "out of domain".</summary>
    Review,
}

/// <summary>How input rows are checked against a model version's signature and training domain.</summary>
public sealed record ValidationOptions
{
    /// <summary>The value an unknown category becomes under <see cref="UnknownCategoryPolicy.MapToOther"/>.</summary>
    public const string OtherCategory = "other";

    /// <value>The default is <see cref="UnknownCategoryPolicy.Reject"/>.</value>
    public UnknownCategoryPolicy UnknownCategory { get; init; } = UnknownCategoryPolicy.Reject;

    /// <value>The default is <see cref="OutOfDomainPolicy.Reject"/>.</value>
    public OutOfDomainPolicy OutOfDomain { get; init; } = OutOfDomainPolicy.Reject;

    /// <value>How far beyond the training range a number may go, as a share of that range's width (0.1 widens
    /// [20, 80] to [14, 86]). The default is 0.1.</value>
    public double RangeMargin { get; init; } = 0.1;
}

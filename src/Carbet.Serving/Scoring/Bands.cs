namespace Carbet.Serving.Scoring;

/// <summary>The names of the bands a prediction falls in.</summary>
public static class Bands
{
    /// <summary>The prediction can be acted on without a person.</summary>
    public const string Auto = "auto";

    /// <summary>A person should look at it first: the score is uncertain or the input is out of domain.</summary>
    public const string Review = "review";

    /// <summary>The reason given for a row with a value outside the training domain.</summary>
    public const string OutOfDomain = "out of domain";

    /// <summary>The reason given for a score inside the review band.</summary>
    public const string InReviewBand = "score in review band";

    /// <summary>The reason given to every prediction while the stop switch is on.</summary>
    public const string StopSwitch = "stop switch";
}

namespace Carbet.Serving.Validation;

/// <summary>The kinds of <see cref="FieldError"/>, as counted by the server's validation metrics.</summary>
public static class FieldErrorReasons
{
    /// <summary>A field the model does not read.</summary>
    public const string UnknownField = "unknown_field";

    /// <summary>A field of the signature is absent.</summary>
    public const string Missing = "missing";

    /// <summary>A null in a column trained without missing values.</summary>
    public const string Null = "null";

    /// <summary>A JSON value of the wrong type, such as a number sent as a string.</summary>
    public const string WrongType = "wrong_type";

    /// <summary>A category never seen in training.</summary>
    public const string UnknownCategory = "unknown_category";

    /// <summary>A number outside the training range widened by the margin.</summary>
    public const string OutOfDomain = "out_of_domain";
}

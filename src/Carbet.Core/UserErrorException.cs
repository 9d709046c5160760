namespace Carbet.Core;

/// <summary>A problem the user can fix: what is wrong in one sentence, and how to fix it in another.</summary>
/// <remarks>Hosts show <see cref="Exception.Message"/> and <see cref="Fix"/> without a stack trace
/// (the CLI exits with 1, the server answers 400 or 404). Anything else is a bug.</remarks>
public sealed class UserErrorException : Exception
{
    /// <summary>Creates the error from its problem and its fix.</summary>
    public UserErrorException(string problem, string fix) : base(problem) => Fix = fix;

    /// <summary>Creates the error with the exception that revealed it.</summary>
    public UserErrorException(string problem, string fix, Exception inner) : base(problem, inner) => Fix = fix;

    /// <summary>One sentence saying how to fix the problem.</summary>
    public string Fix { get; }
}

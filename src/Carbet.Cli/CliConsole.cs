using Spectre.Console;

namespace Carbet.Cli;

/// <summary>Where the command writes: results to <see cref="Out"/>, errors to <see cref="Error"/>.</summary>
public sealed record CliConsole(IAnsiConsole Out, IAnsiConsole Error, TextWriter OutWriter, TextWriter ErrorWriter)
{
    /// <summary>The process's standard output and error.</summary>
    public static CliConsole Standard { get; } = new(
        Widen(AnsiConsole.Console, Console.IsOutputRedirected),
        Widen(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }), Console.IsErrorRedirected),
        Console.Out,
        Console.Error);

    /// <summary>A console that writes plain text (no colours, no live progress) to the given writers, as tests and pipes want.</summary>
    public static CliConsole Plain(TextWriter output, TextWriter error) => new(Create(output), Create(error), output, error);

    // Redirected output has no width of its own; 80 columns would wrap ids and paths mid-word in logs.
    private static IAnsiConsole Widen(IAnsiConsole console, bool redirected)
    {
        if (redirected)
            console.Profile.Width = 240;
        return console;
    }

    private static IAnsiConsole Create(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 240;
        return console;
    }
}

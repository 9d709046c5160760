using System.CommandLine;

using Carbet.Cli.Commands;
using Carbet.Core;

using Spectre.Console;

namespace Carbet.Cli;

/// <summary>The <c>carbet</c> command line: parses, runs one command, and turns the outcome into an exit code.</summary>
public static class CarbetCli
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>The command failed; the message says why and how to fix it.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the command line and returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = Build(console);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                await console.ErrorWriter.WriteLineAsync(error.Message);
            await console.ErrorWriter.WriteLineAsync("Run 'carbet --help' for usage.");
            return UsageError;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = console.OutWriter,
                Error = console.ErrorWriter,
            }, ct);
        }
        catch (UserErrorException e)
        {
            console.Error.MarkupLine($"[red]{Markup.Escape(e.Message)}[/] {Markup.Escape(e.Fix)}");
            if (parse.GetValue(GlobalOptions.Verbose))
                console.Error.WriteException(e);
            return Failure;
        }
        catch (OperationCanceledException)
        {
            console.Error.MarkupLine("[yellow]Cancelled.[/] Nothing after the last completed step was recorded.");
            return Failure;
        }
#pragma warning disable CA1031 // anything else is a bug: keep its stack trace, still exit with 1 instead of aborting
        catch (Exception e)
#pragma warning restore CA1031
        {
            console.Error.MarkupLine($"[red]carbet failed unexpectedly: {Markup.Escape(e.Message)}[/] This is a bug; please report it with the trace below.");
            console.Error.WriteException(e);
            return Failure;
        }
    }

    private static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand("""
            Carbet takes a business prediction problem on tabular data from a raw table to a governed,
            monitored prediction service. Every step records its evidence in the store.

            Exit codes: 0 success; 1 failure (the message says what is wrong and how to fix it);
            2 usage error (a wrong command, option or value).
            """)
        {
            GlobalOptions.Store,
            GlobalOptions.Verbose,
            DemoCommand.Create(console),
            DemoDataCommand.Create(console),
            InitCommand.Create(console),
            DataCommand.Create(console),
            TrainCommand.Create(console),
            RetrainCommand.Create(console),
            TuneCommand.Create(console),
            AuditCommand.Create(console),
            RunsCommand.Create(console),
            ModelsCommand.Create(console),
            ServeCommand.Create(console),
            KeysCommand.Create(console),
        };
        return root;
    }
}

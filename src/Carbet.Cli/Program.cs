using Carbet.Cli;

return await CarbetCli.RunAsync(args, CliConsole.Standard, CancellationToken.None);

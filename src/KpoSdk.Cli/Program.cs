using KpoSdk.Cli;

return KpoCli.Run(args, CliConsole.FromSystem());

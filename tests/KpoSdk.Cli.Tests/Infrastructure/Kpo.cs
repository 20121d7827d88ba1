namespace KpoSdk.Cli.Tests.Infrastructure;

/// <summary>Runs kpo in process with string writers (never a terminal, so never colour or live progress).</summary>
public static class Kpo
{
    public static KpoResult Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exit = KpoCli.Run(args, new CliConsole(output, error, outputIsTerminal: false, errorIsTerminal: false, noColor: false));
        return new KpoResult(exit, output.ToString(), error.ToString());
    }
}

/// <summary>What a run of kpo returned and printed.</summary>
public sealed record KpoResult(int ExitCode, string Output, string Error);

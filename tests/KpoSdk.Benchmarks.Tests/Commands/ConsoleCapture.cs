namespace KpoSdk.Benchmarks.Tests.Commands;

/// <summary>
/// Runs a benchmark command with the console's output captured, so the test can read what it
/// printed. The console is the process's: the command tests are one class, which xunit runs one
/// test at a time, and nothing else in this project writes to the console.
/// </summary>
internal static class ConsoleCapture
{
    public static (int ExitCode, string Output) Run(Func<int> command)
    {
        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            int exitCode = command();
            return (exitCode, output.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}

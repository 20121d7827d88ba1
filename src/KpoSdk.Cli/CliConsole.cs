using Spectre.Console;

namespace KpoSdk.Cli;

/// <summary>
/// Where a command writes and whether it may use colour and live progress: colour only when the
/// output is a terminal and <c>NO_COLOR</c> is not set (https://no-color.org), progress only when
/// standard error is a terminal. Tests pass string writers, which are never terminals.
/// </summary>
internal sealed class CliConsole(TextWriter output, TextWriter error, bool outputIsTerminal, bool errorIsTerminal, bool noColor)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Gets whether findings and tables may be coloured.</summary>
    public bool Colour { get; } = outputIsTerminal && !noColor;

    /// <summary>Gets whether live progress may be drawn on standard error.</summary>
    public bool Progress { get; } = errorIsTerminal;

    /// <summary>The process's console: terminals detected from redirection, <c>NO_COLOR</c> and <c>TERM=dumb</c> respected.</summary>
    public static CliConsole FromSystem()
    {
        bool noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            || string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
        return new CliConsole(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected, noColor);
    }

    /// <summary>A Spectre console over standard output, with ANSI codes only when <see cref="Colour"/>.</summary>
    public IAnsiConsole Styled() => Create(Out, ansi: Colour, colours: Colour, interactive: false);

    /// <summary>A Spectre console over standard error for live progress (cursor movement, colour unless <c>NO_COLOR</c>); only used when <see cref="Progress"/>.</summary>
    public IAnsiConsole ProgressConsole() => Create(Error, ansi: true, colours: Colour, interactive: true);

    private static IAnsiConsole Create(TextWriter writer, bool ansi, bool colours, bool interactive) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = ansi ? AnsiSupport.Yes : AnsiSupport.No,
        ColorSystem = colours ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
        Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        Out = new AnsiConsoleOutput(writer),
    });
}

namespace KpoSdk.Shared.Docs;

/// <summary>One command line of a <c>sh</c> block, without its trailing <c># comment</c>.</summary>
/// <param name="Block">The block it is in.</param>
/// <param name="Line">Its 1-based line in the page.</param>
/// <param name="Command">The command as written, trimmed.</param>
internal sealed record DocCommand(FencedBlock Block, int Line, string Command)
{
    /// <summary>The words of the command (the docs' commands quote nothing, so white space separates them).</summary>
    public string[] Words => Command.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The arguments after <c>dotnet</c> of a <c>dotnet run</c> command, with <c>-c configuration
    /// --no-build</c> after <c>run</c>: the test project that runs the command references the
    /// project and has built it in that configuration, and a second build (in Debug, as written)
    /// would race the builds of other test projects that share its dependencies.
    /// </summary>
    public string[] DotnetRunWithoutBuild(string configuration) => Words is ["dotnet", "run", .. var rest]
        ? ["run", "-c", configuration, "--no-build", .. rest]
        : throw new InvalidOperationException($"{this} is not a dotnet run command.");

    /// <summary>The words after <c>--</c>: the arguments a <c>dotnet run</c> command passes to the program.</summary>
    public string[] ProgramArguments => Words.SkipWhile(w => w != "--").Skip(1).ToArray();

    public override string ToString() => $"{Block.Page}:{Line}: {Command}";
}

using KpoSdk.Cli.Tests.EndToEnd;

// The packed tool is installed once for every class that runs it (the docs' commands and the end-to-end tests).
[assembly: AssemblyFixture(typeof(InstalledTool))]

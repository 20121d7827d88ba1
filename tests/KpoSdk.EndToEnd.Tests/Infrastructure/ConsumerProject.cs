namespace KpoSdk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A project in the package's temporary folder that references KpoSdk by version, made from the
/// sources in <c>Consumers/&lt;name&gt;</c>; built and run through the real <c>dotnet</c> CLI.
/// </summary>
public sealed class ConsumerProject
{
    private ConsumerProject(string directory, string name)
    {
        Directory = directory;
        Name = name;
    }

    /// <summary>Gets the project's folder.</summary>
    public string Directory { get; }

    /// <summary>Gets the project's name.</summary>
    public string Name { get; }

    /// <summary>
    /// Creates a project named <paramref name="name"/> from the sources of <paramref name="sources"/>,
    /// with <paramref name="properties"/> and <paramref name="items"/> added to the project file.
    /// </summary>
    public static ConsumerProject Create(PackedPackage package, string sources, string name, bool executable, string properties = "", string items = "", string targetFramework = "net10.0")
    {
        string directory = Path.Combine(package.Root, name);
        System.IO.Directory.CreateDirectory(directory);
        foreach (string file in System.IO.Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Consumers", sources)))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)), overwrite: true);
        }

        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{targetFramework}</TargetFramework>
                <OutputType>{(executable ? "Exe" : "Library")}</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="KpoSdk" Version="{package.Version}" />
                {items}
              </ItemGroup>
            </Project>
            """);
        return new ConsumerProject(directory, name);
    }

    /// <summary>Restores and builds the project in Release, without leaving build servers behind.</summary>
    public ProcessResult Build() =>
        DotNet.Run(Directory, "build", "-c", "Release", "--disable-build-servers", "-nodeReuse:false", "-clp:NoSummary");

    /// <summary>Runs <c>dotnet format analyzers</c> on the project with <paramref name="options"/>, which applies the code fixes' Fix All.</summary>
    public ProcessResult FormatAnalyzers(params string[] options) =>
        DotNet.Run(Directory, ["format", "analyzers", Name + ".csproj", .. options]);

    /// <summary>Runs the built program.</summary>
    public ProcessResult Run() =>
        DotNet.Run(Directory, Path.Combine(Directory, "bin", "Release", "net10.0", Name + ".dll"));
}

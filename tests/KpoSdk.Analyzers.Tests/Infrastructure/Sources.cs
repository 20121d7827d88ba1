namespace KpoSdk.Analyzers.Tests.Infrastructure;

/// <summary>The usings every test source starts with.</summary>
internal static class Sources
{
    public const string Usings = """
        using KpoSdk;
        using KpoSdk.Contracts;
        using KpoSdk.Rules;
        using KpoSdk.Time;
        using NodaTime;

        """;

    /// <summary>A contract declaration with the given attributes, as a whole file.</summary>
    public static string Contract(string attributes, string declaration = "public partial class Contract;") =>
        Usings + attributes + "\n" + declaration + "\n";
}

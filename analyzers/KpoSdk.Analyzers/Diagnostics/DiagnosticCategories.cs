namespace KpoSdk.Analyzers.Diagnostics;

/// <summary>The categories of the KpoSdk diagnostics, one per ID range.</summary>
internal static class DiagnosticCategories
{
    public const string Input = "KpoSdk.Input";

    public const string Configuration = "KpoSdk.Configuration";

    public const string Rules = "KpoSdk.Rules";

    public const string Coverage = "KpoSdk.Coverage";

    public const string Staffing = "KpoSdk.Staffing";

    public const string Declaration = "KpoSdk.Declaration";
}

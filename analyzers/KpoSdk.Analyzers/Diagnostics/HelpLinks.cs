namespace KpoSdk.Analyzers.Diagnostics;

/// <summary>Where each diagnostic's page lives: <c>docs/diagnostics/&lt;ID&gt;.md</c> in the repository.</summary>
internal static class HelpLinks
{
    /// <summary>
    /// The repository's <c>docs/diagnostics/</c> folder on its main branch. Every page is
    /// <c>docs/diagnostics/&lt;ID&gt;.md</c> in the source tree, so the link stays valid as long as
    /// the file does; a test checks that every descriptor's link names a page that exists.
    /// </summary>
    public const string DocsBase = "https://github.com/kposdk/KpoSdk/blob/main/docs/diagnostics/";

    public static string For(string id) => DocsBase + id + ".md";
}

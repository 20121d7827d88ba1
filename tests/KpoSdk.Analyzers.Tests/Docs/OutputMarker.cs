namespace KpoSdk.Analyzers.Tests.Docs;

/// <summary>
/// The marker of a <c>text</c> block that shows what the page's previous <c>csharp</c> block produces:
/// <c>&lt;!-- output: run --&gt;</c>, the lines the program prints, or <c>&lt;!-- output: build --&gt;</c>,
/// the diagnostics as the build prints them (<c>File.cs(line,col): error ID: message</c>). An ellipsis
/// <c>…</c> in a line stands for any text. A <c>text</c> block without a marker is not checked.
/// </summary>
internal enum OutputMarker
{
    Run,
    Build,
}

internal static class OutputMarkers
{
    public const string Keyword = "output:";

    /// <summary>The marker of a <c>text</c> block, or null for a block without one; throws <see cref="FormatException"/> for another comment.</summary>
    public static OutputMarker? Parse(string? marker) => marker switch
    {
        null => null,
        "output: run" => OutputMarker.Run,
        "output: build" => OutputMarker.Build,
        _ => throw new FormatException($"The comment '{marker}' before a text block is neither 'output: run' nor 'output: build'."),
    };
}

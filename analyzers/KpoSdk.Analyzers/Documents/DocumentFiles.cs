using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KpoSdk.Analyzers.Documents;

/// <summary>
/// Which AdditionalFiles are catalog, roster or agreement documents: those named <c>*.kpo.json</c>
/// (the package's targets add every such file under the project), and any with the item metadata
/// <c>KpoDocument="true"</c>; <c>KpoDocument="false"</c> leaves a <c>*.kpo.json</c> file out.
/// </summary>
internal static class DocumentFiles
{
    /// <summary>The file-name suffix of a document.</summary>
    public const string Suffix = ".kpo.json";

    /// <summary>The item metadata, made visible to the analyzers by the package's <c>CompilerVisibleItemMetadata</c>.</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles.KpoDocument";

    public static bool IsDocument(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        if (options.GetOptions(file).TryGetValue(MetadataKey, out string? value) && !string.IsNullOrWhiteSpace(value))
        {
            return string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        }

        return file.Path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);
    }
}

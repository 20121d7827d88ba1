using KpoSdk.Documents;

namespace KpoSdk.Cli.Check;

/// <summary>One input of <c>kpo check</c>: its path as shown, and what the check found or why the file could not be read.</summary>
/// <param name="Path">The path as reported: relative to the working directory when under it, with '/' separators.</param>
/// <param name="Result">The check of the document; null when the file itself could not be read.</param>
/// <param name="IoError">Why the file could not be read (missing, a folder that does not exist, no permission); null when it was.</param>
internal sealed record CheckedFile(string Path, DocumentCheckResult? Result, string? IoError)
{
    /// <summary>Gets whether the file or its document could not be read: exit code 2.</summary>
    public bool Unreadable => IoError is not null || Result?.IsReadable == false;
}

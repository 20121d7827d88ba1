using System.Text.Json;

namespace KpoSdk.Serialization;

/// <summary>
/// A catalog, roster or agreement document that cannot be read: malformed JSON, a value of the
/// wrong type, an unknown code, a missing required property, a duplicate name, or a document over
/// its <see cref="JsonLimits"/>. The message starts with the JSON path and quotes the bad value.
/// </summary>
public sealed class JsonDocumentException : JsonException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The JSON path of the bad value, e.g. <c>$.services[2].centers[0]</c>.</param>
    /// <param name="problem">What is wrong, quoting the value.</param>
    /// <param name="value">The bad value as written in the document (cut to 200 characters), or null when there is none (a missing property, malformed JSON).</param>
    /// <param name="lineNumber">The zero-based line of the value, when known.</param>
    /// <param name="bytePositionInLine">The zero-based byte offset in that line, when known.</param>
    /// <param name="innerException">The error that revealed the problem, if any.</param>
    public JsonDocumentException(string path, string problem, string? value = null, long? lineNumber = null, long? bytePositionInLine = null, Exception? innerException = null)
        : base(Compose(path, problem, lineNumber, bytePositionInLine), path, lineNumber, bytePositionInLine, innerException)
    {
        Problem = problem;
        Value = value;
    }

    /// <summary>Gets what is wrong, without the path and position.</summary>
    public string Problem { get; }

    /// <summary>Gets the bad value as written in the document, or null when there is none.</summary>
    public string? Value { get; }

    private static string Compose(string path, string problem, long? line, long? position) =>
        line is { } l ? $"{path}: {problem} (line {l + 1}, byte {(position ?? 0) + 1})" : $"{path}: {problem}";
}

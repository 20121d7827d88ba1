using System.Text;
using KpoSdk.Knowledge.Json;
using KpoSdk.Serialization;

namespace KpoSdk.Documents;

/// <summary>
/// Where a JSON path or a reader's error lies in a document's text. The text and its
/// position-keeping tree (the knowledge base's reader, which the analyzers use too) are built only
/// when the first finding needs them, so a clean document of 50,000 staff costs nothing more.
/// </summary>
internal sealed class DocumentPositions(byte[] utf8)
{
    private string? _text;
    private JsonValue? _root;
    private bool _parsed;

    private string Text => _text ??= Encoding.UTF8.GetString(utf8);

    /// <summary>The position of the value at <paramref name="path"/>, or of its deepest ancestor in the document.</summary>
    public TextPosition Of(string path)
    {
        if (Root() is not { } root)
        {
            return new TextPosition(1, 1);
        }

        var value = JsonPathLocator.Locate(root, path, out _);
        return TextPosition.Of(Text, value.Start);
    }

    /// <summary>Where a reading error lies: the reader's line and byte when it gives them, else the position of its path.</summary>
    public TextPosition OfReadError(JsonDocumentException error)
    {
        if (error.LineNumber is { } line)
        {
            return FromLineAndByte(line, error.BytePositionInLine ?? 0);
        }

        return error.Path is null or "$" ? new TextPosition(1, 1) : Of(error.Path);
    }

    private JsonValue? Root()
    {
        if (!_parsed)
        {
            _parsed = true;
            var read = JsonReader.Read(Text);
            _root = read.Succeeded ? read.Value : null;
        }

        return _root;
    }

    /// <summary>Converts System.Text.Json's 0-based line and byte offset in that line to a 1-based line and UTF-16 column.</summary>
    private TextPosition FromLineAndByte(long line, long byteInLine)
    {
        int start = 0;
        for (long l = 0; l < line; l++)
        {
            int next = Array.IndexOf(utf8, (byte)'\n', start);
            if (next < 0)
            {
                break;
            }

            start = next + 1;
        }

        int length = (int)Math.Clamp(byteInLine, 0, utf8.Length - start);
        return new TextPosition((int)line + 1, Encoding.UTF8.GetCharCount(utf8, start, length) + 1);
    }
}

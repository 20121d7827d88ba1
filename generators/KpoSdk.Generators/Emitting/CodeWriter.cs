using System.Text;

namespace KpoSdk.Generators.Emitting;

/// <summary>
/// Builds source text with four-space indentation and <c>\n</c> line ends on every platform, so
/// that the output is byte-identical wherever the compiler runs.
/// </summary>
internal sealed class CodeWriter
{
    // A contract's file is 8 to 12 thousand characters: start big enough to avoid regrowing.
    private readonly StringBuilder _text = new(12 * 1024);
    private int _depth;

    /// <summary>The current indentation, for continuation lines inside one <see cref="Line"/>.</summary>
    public string Indentation => new(' ', _depth * 4);

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _depth * 4).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    public CodeWriter Open(string line)
    {
        Line(line).Line("{");
        _depth++;
        return this;
    }

    public CodeWriter Close(string closing = "}")
    {
        _depth--;
        return Line(closing);
    }

    public override string ToString() => _text.ToString();
}

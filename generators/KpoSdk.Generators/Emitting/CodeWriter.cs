using System.Text;

namespace KpoSdk.Generators.Emitting;

/// <summary>
/// Builds source text with four-space indentation and <c>\n</c> line ends on every platform, so
/// that the output is byte-identical wherever the compiler runs.
/// </summary>
/// <remarks>
/// A contract's file is 10 to 14 thousand characters. The buffer is kept per thread and reused,
/// so that emitting a file allocates little more than the finished string: on a cold run over
/// hundreds of contracts the builders were otherwise most of the generator's own allocations.
/// </remarks>
internal sealed class CodeWriter
{
    private const int Capacity = 16 * 1024;

    // Generators can run on several threads at once; each thread reuses its own buffer.
    [ThreadStatic]
    private static StringBuilder? t_cached;

    private StringBuilder? _text;
    private int _depth;

    public CodeWriter()
    {
        _text = t_cached ?? new StringBuilder(Capacity);
        t_cached = null;
        _text.Clear();
    }

    /// <summary>The current indentation, for continuation lines inside one <see cref="Line"/>.</summary>
    public string Indentation => new(' ', _depth * 4);

    private StringBuilder Text => _text ?? throw new InvalidOperationException("The writer's text was already taken.");

    public CodeWriter Line(string line = "")
    {
        var text = Text;
        if (line.Length > 0)
        {
            text.Append(' ', _depth * 4).Append(line);
        }

        text.Append('\n');
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

    /// <summary>The text written, returning the buffer to this thread's cache; the writer cannot be used afterwards.</summary>
    public string Finish()
    {
        var text = Text;
        string result = text.ToString();
        _text = null;
        if (text.Capacity <= 4 * Capacity)
        {
            t_cached = text;
        }

        return result;
    }
}

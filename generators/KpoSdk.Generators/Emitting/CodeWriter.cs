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

    // Fallback mode: members throw this expression instead of computing, and doc comments and
    // continuation lines of the bodies they replace are left out.
    private string? _throwing;
    private bool _inReplacedBody;
    private bool _inReplacedDoc;

    public CodeWriter()
    {
        _text = t_cached ?? new StringBuilder(Capacity);
        t_cached = null;
        _text.Clear();
    }

    /// <summary>The current indentation, for continuation lines inside one <see cref="Line"/>.</summary>
    public string Indentation => new(' ', _depth * 4);

    private StringBuilder Text => _text ?? throw new InvalidOperationException("The writer's text was already taken.");

    /// <summary>
    /// Makes every member written with <see cref="Declaration"/> from now on throw
    /// <paramref name="exception"/>, each doc comment replaced by one that says so: the fallback part of a contract whose
    /// declaration has errors, which keeps its members so that the KPO error is the only one.
    /// </summary>
    public CodeWriter Throwing(string exception)
    {
        _throwing = exception;
        return this;
    }

    /// <summary>
    /// Writes a member's declaration, <c>… =&gt; expression;</c> or <c>… =&gt;</c> with the body on
    /// continuation lines; in <see cref="Throwing"/> mode the body is replaced by the throw.
    /// </summary>
    public CodeWriter Declaration(string declaration)
    {
        if (_throwing is null)
        {
            return Line(declaration);
        }

        int arrow = declaration.IndexOf(" =>", StringComparison.Ordinal);
        Line(declaration.Substring(0, arrow) + " => throw " + _throwing + ";");
        _inReplacedBody = true;
        return this;
    }

    public CodeWriter Line(string line = "")
    {
        if (_throwing is not null)
        {
            if (line.StartsWith("///", StringComparison.Ordinal))
            {
                // The member's own doc would describe values that were not read.
                bool first = !_inReplacedDoc;
                _inReplacedDoc = true;
                return first ? Write("/// <summary>Not generated, because the contract's declaration has errors: throws <see cref=\"global::System.InvalidOperationException\"/>.</summary>") : this;
            }

            _inReplacedDoc = false;
            if (_inReplacedBody && line.StartsWith("    ", StringComparison.Ordinal))
            {
                return this;
            }

            _inReplacedBody = false;
        }

        return Write(line);
    }

    private CodeWriter Write(string line)
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

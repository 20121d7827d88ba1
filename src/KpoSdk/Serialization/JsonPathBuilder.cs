using System.Text;

namespace KpoSdk.Serialization;

/// <summary>Tracks the JSON path of the current token while scanning (<c>$.services[2].team[0].name</c>), in System.Text.Json's path syntax.</summary>
internal sealed class JsonPathBuilder
{
    /// <summary>Frames by depth; those past <see cref="_depth"/> are kept for reuse, so that scanning 100,000 objects allocates a frame and a name set per level, not per object.</summary>
    private readonly List<Frame> _frames = [];

    private int _depth;

    public bool InArray => _depth > 0 && _frames[_depth - 1].IsArray;

    public void Push(bool isArray)
    {
        if (_depth == _frames.Count)
        {
            _frames.Add(new Frame());
        }

        _frames[_depth++].Reset(isArray);
    }

    public void Pop()
    {
        if (_depth > 0)
        {
            _depth--;
        }
    }

    /// <summary>Moves to the property <paramref name="name"/> of the current object; false when the object already had a property of that name.</summary>
    public bool Property(string name)
    {
        if (_depth == 0)
        {
            return true;
        }

        var frame = _frames[_depth - 1];
        frame.Name = name;
        return (frame.Names ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
    }

    /// <summary>Moves to the next item when in an array and returns its index; null in an object or at the root.</summary>
    public int? NextItem() => InArray ? ++_frames[_depth - 1].Index : null;

    public override string ToString()
    {
        var text = new StringBuilder("$");
        foreach (var frame in _frames.Take(_depth))
        {
            if (frame.IsArray)
            {
                if (frame.Index >= 0)
                {
                    text.Append('[').Append(frame.Index).Append(']');
                }
            }
            else if (frame.Name is { } name)
            {
                Append(text, name);
            }
        }

        return text.ToString();
    }

    /// <summary>Appends <c>.name</c>, or <c>['name']</c> for a name that is not a plain identifier.</summary>
    public static void Append(StringBuilder path, string name)
    {
        bool plain = name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        if (plain)
        {
            path.Append('.').Append(name);
        }
        else
        {
            path.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }
    }

    /// <summary>A System.Text.Json message without its trailing "Path: … | LineNumber: … | BytePositionInLine: …." part.</summary>
    public static string WithoutPosition(string message)
    {
        int at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return at < 0 ? message : message[..at];
    }

    private sealed class Frame
    {
        public bool IsArray { get; private set; }

        public int Index { get; set; } = -1;

        public string? Name { get; set; }

        /// <summary>The property names seen so far in this object, to catch duplicates.</summary>
        public HashSet<string>? Names { get; set; }

        public void Reset(bool isArray)
        {
            IsArray = isArray;
            Index = -1;
            Name = null;

            // Clearing costs the set's capacity: a set grown by one large object is dropped, not
            // cleared for every small object that follows at its depth.
            if (Names is { Count: > 32 })
            {
                Names = null;
            }

            Names?.Clear();
        }
    }
}

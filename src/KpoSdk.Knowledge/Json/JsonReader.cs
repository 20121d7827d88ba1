using System.Globalization;
using System.Text;
using KpoSdk.Knowledge.Text;

namespace KpoSdk.Knowledge.Json;

/// <summary>
/// A small strict JSON reader (RFC 8259) for configuration files the analyzers read inside the
/// compiler, where no JSON package may be loaded. It keeps every value's position, stops at the
/// first error with its position, never throws on bad input and limits nesting, so a hostile or
/// truncated file cannot exhaust the stack.
/// </summary>
internal sealed class JsonReader
{
    public const string Subject = "valid JSON";

    /// <summary>The deepest nesting of arrays and objects accepted.</summary>
    public const int MaxDepth = 64;

    private readonly TextScanner _scanner;

    private JsonReader(string text) => _scanner = new TextScanner(Subject, text);

    /// <summary>Reads one JSON document; the error, when there is one, has the position of the offending character.</summary>
    public static ParseResult<JsonValue> Read(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var reader = new JsonReader(text);
        var scanner = reader._scanner;
        if (scanner.Text.Length > 0 && scanner.Text[0] == '\uFEFF')
        {
            scanner.Position = 1;
        }

        reader.SkipWhitespace();
        var value = reader.ReadValue(0);
        if (value is null)
        {
            return ParseResult<JsonValue>.Failure(scanner.Error!);
        }

        reader.SkipWhitespace();
        if (!scanner.AtEnd)
        {
            scanner.Fail(scanner.Position, 1, "end of input after the document's value");
            return ParseResult<JsonValue>.Failure(scanner.Error!);
        }

        return ParseResult<JsonValue>.Success(value);
    }

    private JsonValue? ReadValue(int depth)
    {
        var s = _scanner;
        if (s.AtEnd)
        {
            return Fail(s.Position, 0, "a value (an object, array, string, number, true, false or null)");
        }

        char c = s.Current;
        return c switch
        {
            '{' => depth >= MaxDepth ? Fail(s.Position, 1, $"at most {MaxDepth} levels of nesting") : ReadObject(depth + 1),
            '[' => depth >= MaxDepth ? Fail(s.Position, 1, $"at most {MaxDepth} levels of nesting") : ReadArray(depth + 1),
            '"' => ReadString(),
            't' => ReadWord("true", JsonKind.True),
            'f' => ReadWord("false", JsonKind.False),
            'n' => ReadWord("null", JsonKind.Null),
            _ when c == '-' || TextScanner.IsDigit(c) => ReadNumber(),
            _ => Fail(s.Position, 1, "a value (an object, array, string, number, true, false or null)", c == '\'' ? "JSON strings use double quotes." : null),
        };
    }

    private JsonValue? ReadObject(int depth)
    {
        var s = _scanner;
        int start = s.Position++;
        var properties = new List<JsonProperty>();
        SkipWhitespace();
        if (s.Accept('}'))
        {
            return JsonValue.Object(start, s.Position - start, properties);
        }

        while (true)
        {
            if (s.Current != '"' || s.AtEnd)
            {
                return Fail(s.Position, s.AtEnd ? 0 : 1, "a property name in double quotes", s.Current == '}' ? "JSON allows no comma before '}'." : null);
            }

            var name = ReadString();
            if (name is null)
            {
                return null;
            }

            SkipWhitespace();
            if (!s.Accept(':'))
            {
                return Fail(s.Position, s.AtEnd ? 0 : 1, "':' after the property name");
            }

            SkipWhitespace();
            var value = ReadValue(depth);
            if (value is null)
            {
                return null;
            }

            properties.Add(new JsonProperty(name, value));
            SkipWhitespace();
            if (s.Accept('}'))
            {
                return JsonValue.Object(start, s.Position - start, properties);
            }

            if (!s.Accept(','))
            {
                return Fail(s.Position, s.AtEnd ? 0 : 1, "',' or '}' after a property");
            }

            SkipWhitespace();
        }
    }

    private JsonValue? ReadArray(int depth)
    {
        var s = _scanner;
        int start = s.Position++;
        var items = new List<JsonValue>();
        SkipWhitespace();
        if (s.Accept(']'))
        {
            return JsonValue.Array(start, s.Position - start, items);
        }

        while (true)
        {
            if (s.Current == ']' && !s.AtEnd)
            {
                return Fail(s.Position, 1, "a value", "JSON allows no comma before ']'.");
            }

            var item = ReadValue(depth);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            SkipWhitespace();
            if (s.Accept(']'))
            {
                return JsonValue.Array(start, s.Position - start, items);
            }

            if (!s.Accept(','))
            {
                return Fail(s.Position, s.AtEnd ? 0 : 1, "',' or ']' after an element");
            }

            SkipWhitespace();
        }
    }

    private JsonValue? ReadString()
    {
        var s = _scanner;
        int start = s.Position++;
        var value = new StringBuilder();
        while (true)
        {
            if (s.AtEnd)
            {
                return Fail(start, s.Position - start, "a closing '\"' for the string");
            }

            char c = s.Current;
            if (c == '"')
            {
                s.Position++;
                return JsonValue.Scalar(JsonKind.String, start, s.Position - start, value.ToString());
            }

            if (c < ' ')
            {
                return Fail(s.Position, 1, "a character of the string (control characters must be escaped, e.g. \\n)");
            }

            if (c != '\\')
            {
                value.Append(c);
                s.Position++;
                continue;
            }

            int escape = s.Position++;
            char e = s.Current;
            switch (s.AtEnd ? '\0' : e)
            {
                case '"': value.Append('"'); break;
                case '\\': value.Append('\\'); break;
                case '/': value.Append('/'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'u':
                    if (s.Text.Length - s.Position < 5
                        || !int.TryParse(s.Text.Substring(s.Position + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                    {
                        return Fail(escape, Math.Min(6, s.Text.Length - escape), "four hexadecimal digits after '\\u'");
                    }

                    value.Append((char)code);
                    s.Position += 4;
                    break;
                default:
                    return Fail(escape, s.AtEnd ? 1 : 2, "an escape sequence: \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX");
            }

            s.Position++;
        }
    }

    private JsonValue? ReadNumber()
    {
        var s = _scanner;
        int start = s.Position;
        s.Accept('-');
        if (s.Accept('0'))
        {
            if (TextScanner.IsDigit(s.Current) && !s.AtEnd)
            {
                return Fail(start, s.TokenLength(start) + 1, "a number without leading zeros");
            }
        }
        else if (!Digits())
        {
            return Fail(s.Position, s.AtEnd ? 0 : 1, "a digit");
        }

        if (s.Accept('.') && !Digits())
        {
            return Fail(s.Position, s.AtEnd ? 0 : 1, "a digit after the decimal point");
        }

        if (s.Accept('e') || s.Accept('E'))
        {
            if (!s.Accept('+'))
            {
                s.Accept('-');
            }

            if (!Digits())
            {
                return Fail(s.Position, s.AtEnd ? 0 : 1, "a digit in the exponent");
            }
        }

        return JsonValue.Scalar(JsonKind.Number, start, s.Position - start, s.Text.Substring(start, s.Position - start));
    }

    private bool Digits()
    {
        var s = _scanner;
        int start = s.Position;
        while (!s.AtEnd && TextScanner.IsDigit(s.Current))
        {
            s.Position++;
        }

        return s.Position > start;
    }

    private JsonValue? ReadWord(string word, JsonKind kind)
    {
        var s = _scanner;
        int start = s.Position;
        if (s.Text.Length - start >= word.Length && string.CompareOrdinal(s.Text, start, word, 0, word.Length) == 0)
        {
            s.Position += word.Length;
            return JsonValue.Scalar(kind, start, word.Length);
        }

        return Fail(start, s.TokenLength(start), "a value (an object, array, string, number, true, false or null)", "The literals are lower case: true, false, null.");
    }

    private void SkipWhitespace()
    {
        var s = _scanner;
        while (!s.AtEnd && s.Current is ' ' or '\t' or '\n' or '\r')
        {
            s.Position++;
        }
    }

    private JsonValue? Fail(int at, int length, string expected, string? hint = null)
    {
        _scanner.Fail(at, length, expected, hint);
        return null;
    }
}

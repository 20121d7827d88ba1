using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Json;

namespace KpoSdk.Documents.Reading;

/// <summary>
/// The values of a document, read with the parsers the runtime's converters use: each returns the
/// value, or reports the problem at the value (with the input's own ID where it has one) and
/// returns a default that nothing reads, since a document with a problem is not checked.
/// </summary>
internal sealed partial class Values
{
    private readonly ReadContext _context;

    public Values(ReadContext context) => _context = context;

    public ReadContext Context => _context;

    /// <summary>A string; "" when the value is not one.</summary>
    public string String(JsonValue value, string expected = "a string")
    {
        if (value.Kind == JsonKind.String)
        {
            return value.Text!;
        }

        _context.Report(DiagnosticIds.MalformedDocument, value, $"Expected {expected}; got {ReadContext.Describe(value)}.");
        return "";
    }

    /// <summary>A name or ID that must not be blank.</summary>
    public string Name(JsonValue value)
    {
        string text = String(value, "a name as a string");
        if (value.Kind == JsonKind.String && string.IsNullOrWhiteSpace(text))
        {
            _context.Report(DiagnosticIds.MalformedDocument, value, $"The value {InputText.Quote(text)} is blank; expected a name.");
        }

        return text;
    }

    /// <summary>The name of a defined value of an enum, in any case (numbers are not names); the index in <paramref name="names"/>, or -1.</summary>
    public int EnumName(JsonValue value, string typeName, IReadOnlyList<string> names)
    {
        string text = String(value, $"a {typeName} name as a string, such as '{names[0]}'");
        if (value.Kind != JsonKind.String)
        {
            return -1;
        }

        for (int i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], text, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        if (_context.Accepts)
        {
            string closest = names.OrderBy(n => EditDistance.Between(n, text, 8)).ThenBy(n => n, StringComparer.Ordinal).First();
            string hint = EditDistance.Between(closest, text, 8) <= Math.Max(2, text.Length / 3) ? $" Did you mean '{closest}'?" : "";
            _context.ReportInString(DiagnosticIds.MalformedDocument, value, 0, text.Length, $"{InputText.Quote(text)} is not a {typeName}.{hint} Expected one of: {string.Join(", ", names)}.");
        }

        return -1;
    }

    /// <summary>
    /// The items of a list, each read by <paramref name="item"/>; a value that is not
    /// a list, and null items, are reported. Nothing when <paramref name="value"/> is null (a list
    /// left out, or already reported).
    /// </summary>
    public List<T> List<T>(JsonValue? value, Func<JsonValue, T> item)
    {
        var items = new List<T>();
        if (value is null)
        {
            return items;
        }

        if (value.Kind != JsonKind.Array)
        {
            _context.Report(DiagnosticIds.MalformedDocument, value, $"Expected a list; got {ReadContext.Describe(value)}.");
            return items;
        }

        for (int i = 0; i < value.Items.Count; i++)
        {
            if (value.Items[i].Kind == JsonKind.Null)
            {
                _context.Report(DiagnosticIds.MalformedDocument, value.Items[i], "A list item is null; lists hold values, never null.");
            }
            else
            {
                items.Add(item(value.Items[i]));
            }
        }

        return items;
    }
}

using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Json;
using KpoSdk.Knowledge.Text;

namespace KpoSdk.Documents.Reading;

/// <summary>
/// The values of a document, read with the parsers the runtime's converters use: each returns the
/// value, or reports the problem at the value (with the input's own ID where it has one) and
/// returns a default that nothing reads, since a document with a problem is not checked.
/// </summary>
internal sealed class Values
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

    /// <summary>KPO0001: a jurisdiction code ("US-NY", "IN", "usa", "840").</summary>
    public JurisdictionId Jurisdiction(JsonValue value) =>
        Code(value, "a jurisdiction code such as 'US-NY' or 'IN'", (string text, out JurisdictionId id) => Jurisdictions.TryParse(text, out id), Jurisdictions.DescribeUnknown, default);

    /// <summary>KPO0001: a country code ("DE", "DEU", "276"); the country's row.</summary>
    public int Country(JsonValue value) =>
        Code(value, "an ISO 3166-1 country code such as 'DE'", (string text, out int row) => Countries.TryFind(text, out row), Countries.DescribeUnknown, -1);

    /// <summary>KPO0002: an IANA time-zone ID the knowledge base's TZDB knows.</summary>
    public string Zone(JsonValue value)
    {
        string text = String(value, "an IANA time-zone ID such as 'Europe/Berlin' as a string");
        if (value.Kind == JsonKind.String && !TimeZoneIds.IsKnown(text) && _context.Accepts)
        {
            _context.ReportInString(DiagnosticIds.UnknownTimeZone, value, 0, text.Length, TimeZoneIds.DescribeUnknown(text, TimeZoneIds.Closest(text, TimeZoneIds.MaxSuggestions)));
        }

        return text;
    }

    /// <summary>KPO0005: weekly hours ("Mon-Fri 09:00-17:00"), reported at the offending characters.</summary>
    public void Hours(JsonValue value)
    {
        string text = String(value, "weekly hours such as 'Mon-Fri 09:00-17:00' as a string");
        if (value.Kind == JsonKind.String && WeeklyHoursText.Read(text).Error is { } error)
        {
            _context.ReportInString(DiagnosticIds.MalformedWeeklyHours, value, error.Position, error.Length, error.Message);
        }
    }

    /// <summary>A language and CEFR level ("de:C1"): KPO0003 for an unknown language code, KPO0008 for another form; the language's row.</summary>
    public int LanguageLevel(JsonValue value)
    {
        string text = String(value, "a language and CEFR level such as 'de:C1' as a string");
        if (value.Kind != JsonKind.String)
        {
            return -1;
        }

        var problem = LanguageLevelText.Read(text, out int row, out _, out int colon);
        if (problem == LanguageLevelText.Problem.UnknownLanguage)
        {
            _context.ReportInString(DiagnosticIds.UnknownLanguage, value, 0, colon, LanguageLevelText.Describe(problem, text, colon));
        }
        else if (problem != LanguageLevelText.Problem.None)
        {
            _context.Report(DiagnosticIds.MalformedDocument, value, LanguageLevelText.Describe(problem, text, colon));
        }

        return row;
    }

    /// <summary>An ISO 8601 date ("2026-01-31").</summary>
    public void Date(JsonValue value)
    {
        string text = String(value, "an ISO 8601 date such as '2026-01-31' as a string");
        if (value.Kind == JsonKind.String && !IsoDateText.TryRead(text, 0, text.Length, out _))
        {
            _context.Report(DiagnosticIds.MalformedDocument, value, $"{InputText.Quote(text)} is not an ISO 8601 date such as '2026-01-31' (uuuu-MM-dd).");
        }
    }

    /// <summary>A term: two ISO 8601 dates separated by '/', both included, the last not before the first.</summary>
    public void Term(JsonValue value)
    {
        string text = String(value, "an ISO 8601 date interval such as '2026-01-01/2026-12-31' as a string");
        if (value.Kind != JsonKind.String)
        {
            return;
        }

        int slash = text.IndexOf('/');
        string? problem = slash < 0 || text.IndexOf('/', slash + 1) >= 0 ? "expected two ISO 8601 dates separated by '/'."
            : !IsoDateText.TryRead(text, 0, slash, out long first) ? $"the first day '{text.Substring(0, slash)}' is not a date such as '2026-01-01'."
            : !IsoDateText.TryRead(text, slash + 1, text.Length - slash - 1, out long last) ? $"the last day '{text.Substring(slash + 1)}' is not a date such as '2026-12-31'."
            : last < first ? $"the last day {text.Substring(slash + 1)} is before the first day {text.Substring(0, slash)}."
            : null;
        if (problem is not null)
        {
            _context.Report(DiagnosticIds.MalformedDocument, value, $"{InputText.Quote(text)} is not an ISO 8601 date interval such as '2026-01-01/2026-12-31' (both days included): {problem}");
        }
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

    private delegate bool TryRead<T>(string text, out T value);

    /// <summary>A code of the country tables (KPO0001 when it is not one); <paramref name="unknown"/> when it is not.</summary>
    private T Code<T>(JsonValue value, string expected, TryRead<T> read, Func<string, string> describe, T unknown)
    {
        string text = String(value, expected + " as a string");
        if (read(text, out T result))
        {
            return result;
        }

        if (value.Kind == JsonKind.String && _context.Accepts)
        {
            _context.ReportInString(DiagnosticIds.UnknownJurisdiction, value, 0, text.Length, describe(text));
        }

        return unknown;
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

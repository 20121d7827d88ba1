using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Json;
using KpoSdk.Knowledge.Text;

namespace KpoSdk.Documents.Reading;

/// <summary>Codes: jurisdictions, countries, zones and languages, each with its own ID (KPO0001–KPO0003).</summary>
internal sealed partial class Values
{
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

    /// <summary>A language requirement ("de:C1") of a service or a catalog designation, read as the runtime's <c>LanguageRequirement</c>; the language's row.</summary>
    public int LanguageRequirement(JsonValue value) => LanguageLevel(value, "language requirement");

    /// <summary>A staff member's language skill ("de:C1"), read as the runtime's <c>LanguageSkill</c>; the language's row.</summary>
    public int LanguageSkill(JsonValue value) => LanguageLevel(value, "language skill");

    /// <summary>
    /// A language and CEFR level called <paramref name="what"/> in messages, as the runtime names
    /// it: KPO0003 at the code for an unknown language code, KPO0008 for another form, each with
    /// the runtime's message; the language's row.
    /// </summary>
    private int LanguageLevel(JsonValue value, string what)
    {
        string text = String(value, "a language and CEFR level such as 'de:C1' as a string");
        if (value.Kind != JsonKind.String)
        {
            return -1;
        }

        var problem = LanguageLevelText.Read(text, out int row, out _, out int colon);
        if (problem == LanguageLevelText.Problem.UnknownLanguage)
        {
            _context.ReportInString(DiagnosticIds.UnknownLanguage, value, 0, colon, LanguageLevelText.Describe(problem, text, colon, what));
        }
        else if (problem != LanguageLevelText.Problem.None)
        {
            _context.Report(DiagnosticIds.MalformedDocument, value, LanguageLevelText.Describe(problem, text, colon, what));
        }

        return row;
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
}

using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Json;
using KpoSdk.Knowledge.Text;

namespace KpoSdk.Documents.Reading;

/// <summary>Text forms: weekly hours (KPO0005), dates and terms.</summary>
internal sealed partial class Values
{
    /// <summary>KPO0005: weekly hours ("Mon-Fri 09:00-17:00"), reported at the offending characters.</summary>
    public void Hours(JsonValue value)
    {
        string text = String(value, "weekly hours such as 'Mon-Fri 09:00-17:00' as a string");
        if (value.Kind == JsonKind.String && WeeklyHoursText.Read(text).Error is { } error)
        {
            _context.ReportInString(DiagnosticIds.MalformedWeeklyHours, value, error.Position, error.Length, error.Message);
        }
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
}

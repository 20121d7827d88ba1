using System.Collections.Immutable;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Contracts;
using KpoSdk.Knowledge.Holidays;
using KpoSdk.Knowledge.Text;
using KpoSdk.Roslyn.Diagnostics;
using KpoSdk.Roslyn.Reading;
using KpoSdk.Sla;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Roslyn.Checks;

/// <summary>
/// The malformed-input checks (KPO0001-0005) of one constant string, shared by the attribute and
/// the SDK-call analyzers. Each parses with the parser the runtime uses, so the diagnostic carries
/// the runtime's message, and returns the parsed value for the checks that build on it.
/// </summary>
internal static class InputChecks
{
    /// <summary>KPO0001 for a jurisdiction code ("US", "US-NY"); the jurisdiction, or null when reported.</summary>
    public static JurisdictionId? Jurisdiction(ValueSite site, Report? report)
    {
        if (Jurisdictions.TryParse(site.Value, out var id))
        {
            return id;
        }

        if (report is not null)
        {
            var suggestions = Jurisdictions.Suggest(site.Value, out bool certain);
            ReportCode(site, 0, site.Value.Length, Jurisdictions.DescribeUnknown(site.Value), suggestions, certain, report);
        }

        return null;
    }

    /// <summary>
    /// KPO0001 for an unknown code, KPO0009 for a jurisdiction without built-in holidays (the
    /// run time's <c>HolidayCalendar.For</c> message); the jurisdiction, or null when reported.
    /// </summary>
    public static JurisdictionId? HolidayJurisdiction(ValueSite site, Report? report)
    {
        if (Jurisdiction(site, report) is not { } id)
        {
            return null;
        }

        if (HolidayData.Resolve(Jurisdictions.Format(id), out string? problem) is not null)
        {
            return id;
        }

        report?.Invoke(Diagnostic.Create(DiagnosticDescriptors.NoBuiltInHolidays, site.Locate(0, site.Value.Length), HolidayData.DescribeUnavailable(id, problem)));
        return null;
    }

    /// <summary>KPO0001 for a country code ("US", "USA", "840"); the country row, or null when reported.</summary>
    public static int? Country(ValueSite site, Report? report, Location? wholeCall = null)
    {
        if (Countries.TryFind(site.Value, out int row))
        {
            return row;
        }

        if (report is null)
        {
            return null;
        }

        string? suggestion = Countries.Suggest(site.Value, out bool certain);
        var location = site.Locate(0, site.Value.Length);
        var properties = site.IsInsideLiteral(location) && suggestion is not null ? FixProperties.WithReplacements([suggestion], certain) : FixProperties.Empty;
        IEnumerable<Location>? additional = null;
        if (suggestion is not null && wholeCall is not null)
        {
            properties = properties.SetItem(FixProperties.CountryMember, suggestion);
            properties = certain ? properties.SetItem(FixProperties.Certain, "true") : properties;
            additional = [wholeCall];
        }

        report(Diagnostic.Create(DiagnosticDescriptors.UnknownJurisdiction, location, additional, properties, Countries.DescribeUnknown(site.Value)));
        return null;
    }

    /// <summary>
    /// KPO0001 for a list of jurisdictions ("IN PH", "US-NY, CA"); each jurisdiction with the span
    /// of its code in the value, or null when reported.
    /// </summary>
    public static ImmutableArray<(JurisdictionId Id, int Start, int Length)>? JurisdictionList(ValueSite site, Report? report)
    {
        var result = JurisdictionListText.Read(site.Value);
        if (result.Error is { } error)
        {
            if (report is not null)
            {
                string token = site.Value.Substring(error.Position, Math.Min(error.Length, site.Value.Length - error.Position));
                bool certain = false;
                var suggestions = Jurisdictions.TryParse(token, out _) ? [] : Jurisdictions.Suggest(token, out certain);
                ReportCode(site, error.Position, error.Length, error.Message, suggestions, certain, report);
            }

            return null;
        }

        var codes = ImmutableArray.CreateBuilder<(JurisdictionId, int, int)>(result.Value.Length);
        int index = 0, position = 0;
        string text = site.Value;
        while (position < text.Length && index < result.Value.Length)
        {
            while (position < text.Length && IsListSeparator(text[position]))
            {
                position++;
            }

            int start = position;
            while (position < text.Length && !IsListSeparator(text[position]))
            {
                position++;
            }

            codes.Add((result.Value[index++], start, position - start));
        }

        return codes.MoveToImmutable();
    }

    /// <summary>KPO0002 for an IANA zone ID; true when the zone is known.</summary>
    public static bool Zone(ValueSite site, Report? report)
    {
        if (TimeZoneIds.IsKnown(site.Value))
        {
            return true;
        }

        if (report is null)
        {
            return false;
        }

        var closest = TimeZoneIds.Closest(site.Value, TimeZoneIds.MaxSuggestions, out bool certain);
        ReportAt(DiagnosticDescriptors.UnknownTimeZone, site, 0, site.Value.Length, TimeZoneIds.DescribeUnknown(site.Value, closest), closest, certain, report);
        return false;
    }

    /// <summary>KPO0003 for an ISO 639 code; the language row, or null when reported.</summary>
    public static int? Language(ValueSite site, Report? report)
    {
        if (Languages.TryFind(site.Value, out int row))
        {
            return row;
        }

        if (report is null)
        {
            return null;
        }

        string? suggestion = Languages.Suggest(site.Value, out bool certain);
        ReportAt(DiagnosticDescriptors.UnknownLanguage, site, 0, site.Value.Length, Languages.DescribeUnknown(site.Value), suggestion is null ? [] : [suggestion], certain, report);
        return null;
    }

    /// <summary>KPO0005 for weekly hours; the parsed hours, or null when reported.</summary>
    public static WeeklyHoursModel? WeeklyHours(ValueSite site, Report? report)
    {
        var result = WeeklyHoursText.Read(site.Value);
        if (result.Error is { } error)
        {
            ReportAt(DiagnosticDescriptors.MalformedWeeklyHours, site, error.Position, error.Length, error.Message, [], report);
            return null;
        }

        return result.Value;
    }

    /// <summary>KPO0005 for the hours of one day ("09:00-12:00", "closed"), as a dated hours override takes them.</summary>
    public static void DayHours(ValueSite site, Report? report)
    {
        if (DayHoursText.Read(site.Value).Error is { } error)
        {
            ReportAt(DiagnosticDescriptors.MalformedWeeklyHours, site, error.Position, error.Length, error.Message, [], report);
        }
    }

    /// <summary>
    /// KPO0003 for the language of a requirement ("en:C1"), reported on the code before the colon.
    /// The form and the CEFR level are left to the runtime, whose message says what is wrong.
    /// </summary>
    public static void LanguageOfRequirement(ValueSite site, Report? report)
    {
        int colon = site.Value.IndexOf(':');
        if (colon <= 0)
        {
            return;
        }

        string code = site.Value.Substring(0, colon);
        if (Languages.TryFind(code, out _))
        {
            return;
        }

        string? suggestion = Languages.Suggest(code, out bool certain);
        ReportAt(DiagnosticDescriptors.UnknownLanguage, site, 0, colon, Languages.DescribeUnknown(code), suggestion is null ? [] : [suggestion], certain, report);
    }

    /// <summary>KPO0004 for a response or resolution time on <paramref name="clock"/>; the target, or null when reported.</summary>
    public static ContractTarget? Target(ValueSite site, SlaClockBasis clock, Report? report)
    {
        var result = ContractTargets.Read(site.Value, clock);
        if (result.Error is { } error)
        {
            ReportAt(DiagnosticDescriptors.MalformedDuration, site, error.Position, error.Length, error.Message, [], report);
            return null;
        }

        return result.Value;
    }

    private static void ReportCode(ValueSite site, int start, int length, string message, IReadOnlyList<string> suggestions, bool certain, Report? report) =>
        ReportAt(DiagnosticDescriptors.UnknownJurisdiction, site, start, length, message, suggestions, certain, report);

    private static void ReportAt(DiagnosticDescriptor descriptor, ValueSite site, int start, int length, string message, IReadOnlyList<string> suggestions, Report? report) =>
        ReportAt(descriptor, site, start, length, message, suggestions, certain: false, report);

    private static void ReportAt(DiagnosticDescriptor descriptor, ValueSite site, int start, int length, string message, IReadOnlyList<string> suggestions, bool certain, Report? report)
    {
        if (report is null)
        {
            return;
        }

        var location = site.Locate(start, length);
        var properties = site.IsInsideLiteral(location) ? FixProperties.WithReplacements(suggestions, certain) : FixProperties.Empty;
        report(Diagnostic.Create(descriptor, location, properties, message));
    }

    private static bool IsListSeparator(char c) => c is ' ' or '\t' or ',';
}

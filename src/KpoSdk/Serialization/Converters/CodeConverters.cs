using KpoSdk.Time;

namespace KpoSdk.Serialization;

/// <summary>Writes a country as its alpha-2 code (<c>"DE"</c>); reads alpha-2, alpha-3 or numeric.</summary>
internal sealed class CountryConverter : TextConverter<Country>
{
    protected override string Expected => "an ISO 3166-1 country code such as 'DE'";

    protected override Country Parse(string text) => Country.Parse(text);

    protected override string Format(Country value) => value.Alpha2;
}

/// <summary>Writes a jurisdiction as its code (<c>"US-NY"</c>, <c>"IN"</c>).</summary>
internal sealed class JurisdictionConverter : TextConverter<Jurisdiction>
{
    protected override string Expected => "a jurisdiction code such as 'US-NY' or 'IN'";

    protected override Jurisdiction Parse(string text) => Jurisdiction.Parse(text);

    protected override string Format(Jurisdiction value) => value.Code;
}

/// <summary>Writes a language requirement as <c>"de:C1"</c>.</summary>
internal sealed class LanguageRequirementConverter : TextConverter<LanguageRequirement>
{
    protected override string Expected => "a language and CEFR level such as 'de:C1'";

    protected override LanguageRequirement Parse(string text) => LanguageRequirement.Parse(text);

    protected override string Format(LanguageRequirement value) => value.ToString();
}

/// <summary>Writes a language skill as <c>"de:C1"</c>.</summary>
internal sealed class LanguageSkillConverter : TextConverter<LanguageSkill>
{
    protected override string Expected => "a language and CEFR level such as 'de:C1'";

    protected override LanguageSkill Parse(string text) => LanguageSkill.Parse(text);

    protected override string Format(LanguageSkill value) => value.ToString();
}

/// <summary>Writes weekly hours in their canonical text form (<c>"Mon-Fri 09:00-17:00"</c>).</summary>
internal sealed class WeeklyHoursConverter : TextConverter<WeeklyHours>
{
    /// <summary>
    /// The last few texts read on this thread with their values: a document repeats a handful of
    /// shift texts for every team member (20,000 times in a 10,000-service agreement), and parsing
    /// one costs about 4 KB. <see cref="WeeklyHours"/> is immutable, so sharing the value is safe.
    /// </summary>
    [ThreadStatic]
    private static (string Text, WeeklyHours Hours)[]? t_recent;

    protected override string Expected => "weekly hours such as 'Mon-Fri 09:00-17:00'";

    protected override WeeklyHours Parse(string text)
    {
        var recent = t_recent ??= new (string, WeeklyHours)[8];
        int slot = (int)((uint)StringComparer.Ordinal.GetHashCode(text) % (uint)recent.Length);
        if (string.Equals(recent[slot].Text, text, StringComparison.Ordinal))
        {
            return recent[slot].Hours;
        }

        var hours = WeeklyHours.Parse(text);
        recent[slot] = (text, hours);
        return hours;
    }

    protected override string Format(WeeklyHours value) => value.ToString();
}

using System.Collections.Immutable;
using KpoSdk.Time;

namespace KpoSdk.Samples.Acme;

/// <summary>Acme's people: who works where, on which shift, with which languages and knowledge.</summary>
internal static class AcmeStaff
{
    private static readonly Jurisdiction Us = Country.US;

    /// <summary>The whole roster.</summary>
    public static readonly ImmutableArray<StaffMember> All =
    [
        // Pune, the US night shift (13:00-22:00 UTC) and a European day shift.
        Member("IN-01", "Asha Kulkarni", "Pune", "Mon-Fri 18:30-03:30", "en:C1", Us),
        Member("IN-02", "Rohan Mehta", "Pune", "Mon-Fri 18:30-03:30", "en:B2", Us),
        Member("IN-03", "Priya Nair", "Pune", "Mon-Fri 12:30-21:30", "en:C1", Country.DE, Country.GB),
        Member("IN-04", "Vikram Joshi", "Pune", "Mon-Fri 12:30-21:30", "en:C1", Country.DE),

        // Manila: the US night shift and an early shift for Sydney.
        Member("PH-01", "Maria Santos", "Manila", "Mon-Fri 21:00-06:00", "en:C2", Us),
        Member("PH-02", "Jose Reyes", "Manila", "Mon-Fri 21:00-06:00", "en:C1", Us),
        Member("PH-03", "Ana Cruz", "Manila", "Mon-Fri 06:00-15:00", "en:C1", Country.AU),
        Member("PH-04", "Paolo Garcia", "Manila", "Mon-Fri 06:00-15:00", "en:C1", Country.AU),

        // Kraków: German and UK day shifts and a late shift for New York.
        Member("PL-01", "Katarzyna Nowak", "Kraków", "Mon-Fri 08:00-16:00", "de:C1 en:C1", Country.DE),
        Member("PL-02", "Tomasz Wiśniewski", "Kraków", "Mon-Fri 09:00-17:00", "de:B1 en:C1", Country.DE),
        Member("PL-03", "Agnieszka Wójcik", "Kraków", "Mon-Fri 10:00-18:00", "en:C1", Country.GB),
        Member("PL-04", "Piotr Kowalczyk", "Kraków", "Mon-Fri 15:00-23:00", "en:C2", Us),
    ];

    private static StaffMember Member(string id, string name, string centre, string shift, string languages, params Jurisdiction[] familiarWith) =>
        new(id, name, centre, WeeklyHours.Parse(shift))
        {
            Education = [EducationLevel.Bachelor],
            Languages = [.. languages.Split(' ').Select(LanguageSkill.Parse)],
            RegulationFamiliarity = [.. familiarWith],
        };
}

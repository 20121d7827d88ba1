using System.Collections.Immutable;
using CsCheck;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Serialization;

/// <summary>CsCheck generators of whole catalogs, rosters and agreements, well-formed as the reader requires (unique names, catalog centres that exist).</summary>
internal static class DocumentGenerators
{
    private static readonly string[] s_odd = ["Zürich", "O'Brien & Söhne", "\"quoted\"", "tab\tand\\slash", "東京センター", "emoji 🧾", "</script>"];
    private static readonly string[] s_zones = [.. DateTimeZoneProviders.Tzdb.Ids];
    private static readonly Language[] s_languages = [.. new[] { "en", "de", "hi", "fil", "pl", "fr", "yue", "ar", "ja" }.Select(Language.Parse)];
    private static readonly string[] s_days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    private static readonly Gen<string> Text =
        Gen.Frequency((4, Gen.String[Gen.Char.AlphaNumeric, 1, 12]), (1, Gen.OneOf(s_odd)));

    public static readonly Gen<Jurisdiction> Jurisdiction =
        Gen.Int[0, Country.Count - 1].SelectMany(row =>
        {
            var country = Country.All[row];
            return country.Subdivisions.IsEmpty
                ? Gen.Const((KpoSdk.Jurisdiction)country)
                : Gen.Int[-1, country.Subdivisions.Length - 1].Select(i => i < 0 ? country : country.Subdivisions[i]);
        });

    public static readonly Gen<DateTimeZone> Zone = Gen.OneOf(s_zones).Select(id => DateTimeZoneProviders.Tzdb[id]);

    public static readonly Gen<LocalDate> Date = Gen.Select(Gen.Int[1990, 2100], Gen.Int[1, 12], Gen.Int[1, 31])
        .Select((y, m, d) => new LocalDate(y, m, Math.Min(d, CalendarSystem.Iso.GetDaysInMonth(y, m))));

    public static readonly Gen<DateInterval> Term = Gen.Select(Date, Gen.Int[0, 2000]).Select((start, days) => new DateInterval(start, start.PlusDays(days)));

    private static readonly Gen<string> Range =
        Gen.Select(Gen.Int[0, 95], Gen.Int[0, 96]).Select((a, b) => $"{a / 4:00}:{a % 4 * 15:00}-{b / 4:00}:{b % 4 * 15:00}");

    private static readonly Gen<string> Clause =
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 6], Range.Array[1, 3]).Select((a, b, ranges) => $"{s_days[a]}-{s_days[b]} {string.Join(", ", ranges)}");

    public static readonly Gen<WeeklyHours> Hours = Gen.Frequency(
        (8, Clause.Array[1, 3].Select(c => WeeklyHours.Parse(string.Join("; ", c)))),
        (1, Gen.OneOf(WeeklyHours.AlwaysOpen, WeeklyHours.Closed)));

    private static readonly Gen<ImmutableArray<LocalDate>> Dates = Date.Array[0, 5].Select(d => d.ToImmutableArray());

    public static readonly Gen<LanguageSkill> Skill = Gen.Select(Gen.OneOf(s_languages), Gen.Enum<CefrLevel>()).Select((l, c) => new LanguageSkill(l, c));

    public static readonly Gen<LanguageRequirement> Requirement = Gen.Select(Gen.OneOf(s_languages), Gen.Enum<CefrLevel>()).Select((l, c) => new LanguageRequirement(l, c));

    public static readonly Gen<Credential> Credential =
        Gen.Select(Gen.Enum<CredentialKind>(), Jurisdiction, Gen.Bool, Date).Select((k, j, expires, d) => new Credential(k, j, expires ? d : null));

    public static Gen<StaffMember> Member(string id, ImmutableArray<string> centers) =>
        Gen.Select(Text, Gen.OneOf(centers.ToArray()), Hours, Gen.Enum<EducationLevel>().Array[0, 3], Credential.Array[0, 3], Skill.Array[0, 4], Jurisdiction.Array[0, 3])
            .Select((name, center, shift, education, credentials, skills, familiarity) => new StaffMember(id, name, center, shift)
            {
                Education = [.. education],
                Credentials = [.. credentials],
                Languages = [.. skills],
                RegulationFamiliarity = [.. familiarity],
            });

    private static Gen<ImmutableArray<StaffMember>> Members(string prefix, ImmutableArray<string> centers, int max) =>
        Member("", centers).Array[0, max].Select(members => members
            .Select((m, i) => new StaffMember($"{prefix}{i}", m.Name, m.Center, m.Shift)
            {
                Education = m.Education,
                Credentials = m.Credentials,
                Languages = m.Languages,
                RegulationFamiliarity = m.RegulationFamiliarity,
            })
            .ToImmutableArray());

    /// <summary>No built-in holidays, or those of a jurisdiction that has them.</summary>
    public static readonly Gen<Jurisdiction?> PublicHolidays =
        Gen.Frequency((2, Gen.Const((Jurisdiction?)null)), (1, Gen.OneOf([.. HolidayCalendar.Covered]).Select(j => (Jurisdiction?)j)));

    public static readonly Gen<DeliveryCenter> Center =
        Gen.Select(Text, Jurisdiction, Zone, Gen.Select(Text, Hours).Array[0, 3], Dates, PublicHolidays)
            .Select((name, j, zone, shifts, holidays, publicHolidays) => new DeliveryCenter(name, j, zone)
            {
                Shifts = [.. shifts.Select((s, i) => new Shift($"{i}-{s.Item1}", s.Item2))],
                Holidays = holidays,
                PublicHolidays = publicHolidays,
            });

    public static readonly Gen<Provider> Provider =
        Gen.Select(Text, Jurisdiction, Center.Array[1, 4]).SelectMany((name, hq, raw) =>
        {
            ImmutableArray<DeliveryCenter> centers = [.. raw.Select((c, i) => new DeliveryCenter($"{i}-{c.Name}", c.Jurisdiction, c.Zone) { Shifts = c.Shifts, Holidays = c.Holidays, PublicHolidays = c.PublicHolidays })];
            ImmutableArray<string> names = [.. centers.Select(c => c.Name)];
            var designation = Gen.Select(Gen.Int[0, Country.Count - 1], Requirement.Array[1, 3]).Select((row, r) => new LanguageDesignation(Country.All[row], [.. r]));
            var offering = Gen.Select(Gen.Enum<ServiceLine>(), Jurisdiction.Array[1, 3], Gen.OneOf(names.ToArray()).Array[1, 3], designation.Array[0, 2])
                .Select((s, clients, from, languages) => new ServiceOffering(s, [.. clients], [.. from]) { Languages = [.. languages] });
            return offering.Array[0, 4].Select(offerings => new Provider(name, hq, centers, new ServiceCatalog([.. offerings])));
        });

    public static readonly Gen<Roster> Roster =
        Gen.Select(Text, Text.Array[1, 3]).SelectMany((provider, centers) =>
            Members("E-", [.. centers], 6).Select(staff => new Roster(provider, staff)));

    private static Gen<AgreedService> Service(ImmutableArray<string> centers) =>
        Gen.Select(
                Gen.Enum<ServiceLine>(),
                Gen.OneOf(centers.Add("unknown centre").ToArray()).Array[0, 3],
                Members("T-", centers, 3),
                Gen.Bool,
                Gen.Select(Zone, Hours, Dates, PublicHolidays).Select((z, h, d, p) => new CoverageWindow(z, h) { Holidays = d, PublicHolidays = p }),
                Requirement.Array[0, 2],
                Gen.Enum<CredentialKind>().Array[0, 2],
                Gen.Enum<EducationLevel>().Array[0, 1])
            .Select((line, from, team, hasCoverage, coverage, languages, credentials, education) => new AgreedService(line, [.. from])
            {
                Team = team,
                Coverage = hasCoverage ? coverage : null,
                RequiredLanguages = [.. languages],
                RequiredCredentials = [.. credentials],
                MinimumEducation = education.Length == 0 ? null : education[0],
            });

    public static readonly Gen<ServiceAgreement> Agreement =
        Provider.SelectMany(provider =>
            Gen.Select(
                    Text,
                    Gen.Select(Text, Jurisdiction, Zone, Hours, Dates, PublicHolidays).Select((n, j, z, h, d, p) => new Client(n, j, new CoverageWindow(z, h) { Holidays = d, PublicHolidays = p })),
                    Gen.Enum<EngagementModel>(),
                    Term,
                    Jurisdiction,
                    Service([.. provider.Centers.Select(c => c.Name)]).Array[0, 3],
                    Gen.Enum<Safeguard>().Array[0, 3])
                .Select((id, client, engagement, term, law, services, safeguards) =>
                    new ServiceAgreement(id, client, provider, engagement, term, law, [.. services]) { Safeguards = [.. safeguards] }));
}

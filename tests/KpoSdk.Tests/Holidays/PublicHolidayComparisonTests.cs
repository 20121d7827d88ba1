using System.Text.RegularExpressions;
using KpoSdk.Time;
using NodaTime;
using PublicHoliday;

namespace KpoSdk.Tests.Holidays;

/// <summary>
/// The built-in holidays against an independent implementation, PublicHoliday 4.0.0 (MIT), for
/// every jurisdiction both cover, 2020-2035 (the years whose holidays the built-in data knows),
/// Monday to Friday. Every disagreement is explained below from the official source, and every
/// explanation must still be needed.
/// </summary>
public class PublicHolidayComparisonTests
{
    private static readonly Lazy<IReadOnlyList<Disagreement>> s_disagreements = new(Compare);

    [Fact]
    public void Every_disagreement_is_resolved_from_the_official_source()
    {
        var unexplained = s_disagreements.Value.Where(d => Explanations.Count(e => e.Explains(d)) != 1).ToList();
        Assert.True(unexplained.Count == 0, "Unexplained (or explained twice):\n" + string.Join("\n", unexplained.Take(40)));
    }

    [Fact]
    public void Every_explanation_is_still_needed()
    {
        var unused = Explanations.Where(e => !s_disagreements.Value.Any(e.Explains)).Select(e => e.Resolution).ToList();
        Assert.Empty(unused);
    }

    [Fact]
    public void The_known_Ontario_and_Quebec_2027_errors_are_among_them()
    {
        // ESA 2000 (Ontario) s. 1(1) and the Quebec Act respecting labour standards s. 60 do not list the National Day
        // for Truth and Reconciliation (30 September), and give a substitute day per employee, not Monday 27 December.
        foreach (string province in new[] { "CA-ON", "CA-QC" })
        {
            Assert.Contains(s_disagreements.Value, d => d.Code == province && d.Date == new LocalDate(2027, 9, 30) && !d.Ours);
            Assert.Contains(s_disagreements.Value, d => d.Code == province && d.Date == new LocalDate(2027, 12, 27) && !d.Ours);
        }

        Assert.DoesNotContain(s_disagreements.Value, d => d.Code is "US" or "DE" or "FR" or "PL" or "GB-ENG");
    }

    public sealed record Disagreement(string Code, LocalDate Date, bool Ours, string Name, bool TheirsObservedShift)
    {
        public override string ToString() => $"{Code} {Date:uuuu-MM-dd} {(Ours ? "only ours" : "only PublicHoliday")}: {Name}{(TheirsObservedShift ? " (their observed date)" : "")}";
    }

    private sealed record Explanation(string Codes, bool Ours, string Names, string Resolution, string Source, bool? ObservedShift = null, int? Year = null)
    {
        public bool Explains(Disagreement d) =>
            Regex.IsMatch(d.Code, $"^({Codes})$") && d.Ours == Ours && Regex.IsMatch(d.Name, $"^({Names})$")
            && (ObservedShift is not { } shift || shift == d.TheirsObservedShift) && (Year is not { } year || year == d.Date.Year);
    }

    private static readonly Explanation[] Explanations =
    [
        new("CA-(AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)", false, "(?!(Saint George's Day|St\\. Patrick's Day|Orangemen's Day|National Holiday)$).*", ObservedShift: true,
            Resolution: "Provincial and territorial statutes give an employee whose holiday falls on a non-working day another day off, not a fixed observed date; PublicHoliday moves the holiday to a weekday for everyone.",
            Source: "ca-on-esa (ESA 2000 ss. 26-32, substitute days), ca-qc-als, ca-ab-esc, ca-bc-esa, ca-mb-esc, ca-nb-esa, ca-nl-lsa, ca-ns-lsc, ca-nt-esa, ca-nu-lsa, ca-pe-esa, ca-sk-sea, ca-yt-esa (CA.json)"),
        new("CA-(AB|NB|NL|NS|NU|ON|QC|SK)", false, "National Day For Truth And Reconciliation", ObservedShift: false,
            Resolution: "30 September is a federal general holiday (Canada Labour Code s. 166, 2021) that these provinces' statutes do not list (NL and NU close only government offices: optional in the data).",
            Source: "ca-ab-esc, ca-nb-esa, ca-nl-lsa, ca-ns-lsc, ca-nu-lsa, ca-on-esa, ca-qc-als, ca-sk-sea"),
        new("CA-(BC|MB|NT|PE|YT)", false, "National Day For Truth And Reconciliation", ObservedShift: false,
            Resolution: "These provinces and territories added 30 September to their statutes only after 2021 (BC and MB in 2023, NT and PE in 2022, YT in 2023, the last a DOUBT in the data), and give a substitute day per employee for a weekend 30 September; PublicHoliday has it from 2021 with observed Mondays.",
            Source: "ca-bc-esa (as amended 2023), ca-mb-esc (as amended 2023), ca-nt-esa (Bill 47, 2022), ca-pe-esa, ca-yt-esa"),
        new("CA-(AB|BC|MB|NB|NL|NS|NT|NU|PE|QC|SK|YT|ON)", false, "State Funeral of Queen Elizabeth II",
            Resolution: "19 September 2022 was a holiday for the federal public service by proclamation, not under the provinces' employment statutes.",
            Source: "ca-mourning-2022 (federal proclamation) and the provincial statutes"),
        new("CA-(AB|MB|NL|NS|YT)", false, "Civic Holiday",
            Resolution: "The first Monday of August is not a general holiday under these statutes (Alberta's Heritage Day is optional; Yukon's August holiday is Discovery Day, the third Monday).",
            Source: "ca-ab-esc, ca-mb-esc, ca-nl-lsa, ca-ns-lsc, ca-yt-esa"),
        new("CA-(AB|PE)", false, "Easter Monday",
            Resolution: "Easter Monday is not a general holiday in Alberta (optional) or PEI.",
            Source: "ca-ab-esc, ca-pe-esa"),
        new("CA-(NB|NS|NL|PE)", false, "Victoria Day|Thanksgiving Day", ObservedShift: false,
            Resolution: "Victoria Day and Thanksgiving are not paid public holidays under these statutes (prescribed days of rest or retail closing days: optional in the data).",
            Source: "ca-nb-esa, ca-ns-lsc, ca-nl-lsa, ca-pe-esa"),
        new("CA-(AB|NB|NS|PE)", false, "Boxing Day", ObservedShift: false,
            Resolution: "26 December is not a general holiday under these statutes (optional in Alberta, New Brunswick and Nova Scotia).",
            Source: "ca-ab-esc, ca-nb-esa, ca-ns-lsc, ca-pe-esa"),
        new("CA-NL", false, "St. Patrick's Day|Saint George's Day|Orangemen's Day|National Holiday",
            Resolution: "The Labour Standards Act s. 14 lists six public holidays; St Patrick's, St George's, Discovery and Orangemen's Days close provincial government offices only (optional in the data); 24 June is Quebec's holiday.",
            Source: "ca-nl-lsa"),
        new("CA-QC", false, "National Holiday", ObservedShift: true,
            Resolution: "The National Holiday Act moves 24 June only when it is a Sunday (to 25 June, which the data has); PublicHoliday also moves it from a Saturday.",
            Source: "ca-qc-als (National Holiday Act, CQLR c F-1.1, s. 2)"),
        new("CA-PE", false, "Gold Cup Parade Day",
            Resolution: "Gold Cup Parade Day is a civic day in Charlottetown, not a paid holiday under the Employment Standards Act s. 6.",
            Source: "ca-pe-esa"),
        new("CA-YT", false, "National Holiday",
            Resolution: "24 June is Quebec's National Holiday; Yukon's June holiday is National Indigenous Peoples Day, 21 June.",
            Source: "ca-yt-esa"),
        new("CA-YT", true, "National Indigenous Peoples Day",
            Resolution: "21 June is a general holiday under the Yukon Employment Standards Act s. 1 (since 2017); PublicHoliday lacks it.",
            Source: "ca-yt-esa"),
        new("CA-NU", true, "Nunavut Day",
            Resolution: "9 July is a general holiday under the Nunavut Labour Standards Act s. 1; PublicHoliday lacks it in these years. (The year it became one for all employees is a DOUBT in the data.)",
            Source: "ca-nu-lsa"),
        new("AU", false, ".*", ObservedShift: true,
            Resolution: "National Australia has no weekend rule: each state and territory sets its own (Fair Work Act s. 115 defers to state law), and the data gives them per state.",
            Source: "au-fwa-115 and the state Public Holidays Acts (AU.json)"),
        new("JP", true, ".*Tokyo Olympics.*", Year: null,
            Resolution: "Marine, Sports and Mountain Days were moved in 2020 and 2021 for the Tokyo Olympics (Act on Special Measures); the Cabinet Office list has the moved dates.",
            Source: "Cabinet Office 国民の祝日 CSV 2020-2021 (jp-cao-syukujitsu-2019-2027.txt)"),
        new("JP", false, "Marine Day|Mountain Day|Health And Sports Day",
            Resolution: "PublicHoliday keeps these holidays on their usual dates in 2020 and 2021; the Cabinet Office list moves them.",
            Source: "Cabinet Office 国民の祝日 CSV 2020-2021"),
        new("JP", true, "Citizens' Holiday",
            Resolution: "22 September 2026 lies between Respect for the Aged Day and the Autumnal Equinox: a holiday under Art. 3(3) of the Act on National Holidays, in the Cabinet Office list.",
            Source: "Act on National Holidays Art. 3(3); Cabinet Office CSV 2026"),
        new("NZ", true, ".*Matariki.*",
            Resolution: "Matariki 2035 is 29 June in Schedule 1 of the Te Kāhui o Matariki Public Holiday Act 2022 (dates to 2052); PublicHoliday's table stops earlier. (The 2029-2052 dates were compiled from knowledge of the Schedule: see docs/holidays.md.)",
            Source: "nz-matariki-act-2022"),
        new("ZA", true, ".*s\\. 2A.*",
            Resolution: "1 November 2021, the local government elections, was declared a public holiday by the President under s. 2A of the Public Holidays Act.",
            Source: "za-pha-36-1994 s. 2A; za-s2a-declarations (ZA.json)"),
    ];

    private static IReadOnlyList<Disagreement> Compare()
    {
        var pairs = new List<(string Code, PublicHolidayBase Theirs)>
        {
            ("US", new USAPublicHoliday()), ("AU", new AustraliaPublicHoliday()), ("DE", new GermanPublicHoliday()), ("FR", new FrancePublicHoliday()),
            ("IE", new IrelandPublicHoliday()), ("JP", new JapanPublicHoliday()), ("MX", new MexicoPublicHoliday()), ("NZ", new NewZealandPublicHoliday()),
            ("PL", new PolandPublicHoliday()), ("RO", new RomanianPublicHoliday()), ("ZA", new SouthAfricaPublicHoliday()), ("NL", new DutchPublicHoliday()),
            ("CH", new SwitzerlandPublicHoliday(false, false, false)),
            ("GB-ENG", new UKBankHoliday(UKBankHoliday.UkCountries.England)), ("GB-WLS", new UKBankHoliday(UKBankHoliday.UkCountries.Wales)),
            ("GB-SCT", new UKBankHoliday(UKBankHoliday.UkCountries.Scotland)), ("GB-NIR", new UKBankHoliday(UKBankHoliday.UkCountries.NorthernIreland)),
        };
        pairs.AddRange(new[] { "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT" }.Select(p => ("CA-" + p, (PublicHolidayBase)new CanadaPublicHoliday(p))));

        var result = new List<Disagreement>();
        foreach (var (code, theirs) in pairs)
        {
            var ours = HolidayCalendar.For(Jurisdiction.Parse(code));
            for (int year = Math.Max(2020, ours.KnownFrom.Year); year <= Math.Min(2035, ours.KnownThrough.Year); year++)
            {
                var mine = ours.Occurrences(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)))
                    .Where(h => h.Date.DayOfWeek < IsoDayOfWeek.Saturday)
                    .GroupBy(h => h.Date)
                    .ToDictionary(g => g.Key, g => g.First().Name);
                var other = new Dictionary<LocalDate, (string Name, bool Shift)>();
                foreach (var holiday in theirs.PublicHolidaysInformation(year))
                {
                    foreach (var day in new[] { holiday.HolidayDate, holiday.ObservedDate })
                    {
                        var date = LocalDate.FromDateTime(day);
                        if (date.Year == year && date.DayOfWeek < IsoDayOfWeek.Saturday)
                        {
                            other[date] = (holiday.EnglishName, day == holiday.ObservedDate && holiday.ObservedDate != holiday.HolidayDate);
                        }
                    }
                }

                result.AddRange(mine.Keys.Except(other.Keys).Select(d => new Disagreement(code, d, true, mine[d], false)));
                result.AddRange(other.Keys.Except(mine.Keys).Select(d => new Disagreement(code, d, false, other[d].Name, other[d].Shift)));
            }
        }

        return result;
    }
}

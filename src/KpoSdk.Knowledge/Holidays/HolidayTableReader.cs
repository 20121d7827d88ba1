using System.Globalization;
using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Holidays;

/// <summary>
/// Reads one country's generated holiday text (<see cref="HolidayTable"/>): one row per line,
/// 11 fields separated by '|', the first saying what the row is.
/// </summary>
/// <remarks>
/// <para>Rows: <c>C|policy|name</c> the country (policy <c>national</c> or <c>unknown</c> for
/// subdivisions the data does not list); <c>S|id|title|publisher|url|licence</c> a source;
/// <c>D|code|name|excluded ids</c> a subdivision; <c>H|scope|id|name|kind|rule|observed|from|to|overrides|sources</c>
/// a holiday, national when scope is empty.</para>
/// <para>Rules, as written by the data tool: <c>fixed MM-DD</c>, <c>nth N Ddd M</c>,
/// <c>onOrAfter Ddd MM-DD</c>, <c>onOrBefore Ddd MM-DD</c>, <c>easter N</c>,
/// <c>orthodoxEaster N</c>, <c>dates FROM..THROUGH YYYY:MM-DD,MM-DD …</c> (FROM empty when the
/// years before the table have no occurrence), <c>betweenHolidays</c>; then any of
/// <c>offset=N</c>, <c>every=N</c>, <c>shift=Ddd:N,…</c>. Overrides: <c>YYYY:MM-DD,… …</c>.</para>
/// </remarks>
internal static class HolidayTableReader
{
    private const int Fields = 11;

    private static readonly string[] s_weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    public static HolidayCountry Read(string code, string text)
    {
        bool follows = false;
        string name = code;
        var sources = new List<HolidaySource>();
        var national = new List<HolidayDefinition>();
        var subdivisions = new List<(string Code, string Name, string[] Excluded, List<HolidayDefinition> Own)>();
        foreach (var f in TableText.Rows(text, Fields))
        {
            switch (f[0])
            {
                case "C":
                    follows = f[1] == "national";
                    name = f[2]!;
                    break;
                case "S":
                    sources.Add(new HolidaySource(f[1]!, f[2]!, f[3]!, f[4]!, f[5]!));
                    break;
                case "D":
                    subdivisions.Add((f[1]!, f[2]!, List(f[3]), []));
                    break;
                case "H":
                    var definition = Definition(f);
                    if (f[1] is null)
                    {
                        national.Add(definition);
                    }
                    else
                    {
                        subdivisions.Single(s => s.Code == f[1]).Own.Add(definition);
                    }

                    break;
                default:
                    throw new FormatException($"Holiday table {code}: unknown row kind '{f[0]}'.");
            }
        }

        return new HolidayCountry(code, name, follows, sources, national, [.. subdivisions.Select(s => new HolidaySubdivision(s.Code, s.Name, s.Excluded, s.Own))]);
    }

    private static HolidayDefinition Definition(string?[] f)
    {
        if (!Observances.TryParse(f[6], out var observance))
        {
            throw new FormatException($"Holiday '{f[2]}': unknown observance '{f[6]}'.");
        }

        return new HolidayDefinition(
            f[2]!,
            f[3]!,
            Rule(f[5]!),
            observance,
            f[4] == "optional" ? HolidayKind.Optional : HolidayKind.Public,
            Int(f[7]),
            Int(f[8]),
            f[9] is null ? new Dictionary<int, CalendarDate[]>() : YearDates(f[9]!.Split(' ')),
            List(f[10]));
    }

    /// <summary>Parses the rule text the data tool writes (see the remarks of this class).</summary>
    public static HolidayRule Rule(string text)
    {
        var tokens = text.Split(' ');
        var modifiers = tokens.Where(t => t.Contains('=')).ToArray();
        var form = tokens.Where(t => !t.Contains('=')).ToArray();
        var rule = form[0] switch
        {
            "fixed" => MonthDay(form[1], HolidayRule.Fixed),
            "nth" => HolidayRule.NthWeekday(Int(form[1])!.Value, Weekday(form[2]), Int(form[3])!.Value),
            "onOrAfter" => MonthDay(form[2], (m, d) => HolidayRule.WeekdayOnOrAfter(Weekday(form[1]), m, d)),
            "onOrBefore" => MonthDay(form[2], (m, d) => HolidayRule.WeekdayOnOrBefore(Weekday(form[1]), m, d)),
            "easter" => HolidayRule.Easter(Int(form[1])!.Value),
            "orthodoxEaster" => HolidayRule.OrthodoxEaster(Int(form[1])!.Value),
            "betweenHolidays" => HolidayRule.BetweenHolidays(),
            "dates" => Tabulated(form),
            _ => throw new FormatException($"Unknown holiday rule '{text}'."),
        };

        int offset = 0, every = 0;
        int[]? shift = null;
        foreach (string modifier in modifiers)
        {
            int eq = modifier.IndexOf('=');
            string value = modifier.Substring(eq + 1);
            switch (modifier.Substring(0, eq))
            {
                case "offset": offset = Int(value)!.Value; break;
                case "every": every = Int(value)!.Value; break;
                case "shift":
                    shift = new int[7];
                    foreach (string pair in value.Split(','))
                    {
                        var parts = pair.Split(':');
                        shift[Weekday(parts[0]) - 1] = Int(parts[1])!.Value;
                    }

                    break;
                default: throw new FormatException($"Unknown holiday rule modifier '{modifier}' in '{text}'.");
            }
        }

        return offset == 0 && every == 0 && shift is null ? rule : rule.With(offset, every, shift);
    }

    private static HolidayRule Tabulated(string[] form)
    {
        var range = form[1].Split(new[] { ".." }, StringSplitOptions.None);
        return HolidayRule.Tabulated(new TabulatedDates(YearDates(form.Skip(2)), Int(range[0]), Int(range[1])!.Value));
    }

    private static Dictionary<int, CalendarDate[]> YearDates(IEnumerable<string> items)
    {
        var result = new Dictionary<int, CalendarDate[]>();
        foreach (string item in items)
        {
            int colon = item.IndexOf(':');
            int year = Int(item.Substring(0, colon))!.Value;
            string dates = item.Substring(colon + 1);
            result[year] = dates.Length == 0 ? [] : [.. dates.Split(',').Select(d => MonthDay(d, (m, day) => new CalendarDate(year, m, day)))];
        }

        return result;
    }

    private static T MonthDay<T>(string text, Func<int, int, T> create) => create(Int(text.Substring(0, 2))!.Value, Int(text.Substring(3, 2))!.Value);

    private static int Weekday(string name)
    {
        int index = Array.IndexOf(s_weekdays, name);
        return index >= 0 ? index + 1 : throw new FormatException($"'{name}' is not a weekday such as 'Mon'.");
    }

    private static int? Int(string? text) => text is null || text.Length == 0 ? null : int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static string[] List(string? text) => text is null ? [] : text.Split(',');
}

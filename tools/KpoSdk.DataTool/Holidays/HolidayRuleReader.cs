using System.Globalization;
using System.Text.RegularExpressions;

namespace KpoSdk.DataTool.Holidays;

/// <summary>
/// Checks a holiday entry's <c>rule</c> object and writes it in the compact text form that
/// KpoSdk.Knowledge's HolidayTableReader reads, with a readable description for docs/holidays.md.
/// </summary>
internal static class HolidayRuleReader
{
    public static readonly string[] Weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    private static readonly string[] s_forms = ["fixed", "nth", "onOrAfter", "onOrBefore", "easter", "orthodoxEaster", "dates", "betweenHolidays"];

    private static readonly string[] s_months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly Regex s_monthDay = new("^[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant);

    public static (string Text, string Description, TableRange? Table) Read(JsonCursor rule, int? entryFrom)
    {
        var p = rule.Object("fixed", "nth", "weekday", "month", "onOrAfter", "onOrBefore", "easter", "orthodoxEaster", "dates", "knownFrom", "knownThrough", "betweenHolidays", "offset", "every", "shiftByWeekday");
        var forms = s_forms.Where(p.ContainsKey).ToArray();
        if (forms.Length != 1)
        {
            throw rule.Error($"a rule needs exactly one of {string.Join(", ", s_forms)}; found {(forms.Length == 0 ? "none" : string.Join(", ", forms))}.");
        }

        string form = forms[0];
        Forbid(p, rule, form is "nth" or "onOrAfter" or "onOrBefore" ? [] : ["weekday"], form);
        Forbid(p, rule, form == "nth" ? [] : ["month"], form);
        Forbid(p, rule, form == "dates" ? [] : ["knownFrom", "knownThrough"], form);
        TableRange? table = null;
        (string text, string description) = form switch
        {
            "fixed" => ($"fixed {MonthDay(p["fixed"], null)}", Describe(p["fixed"].String())),
            "nth" => Nth(p, rule),
            "onOrAfter" => ($"onOrAfter {Weekday(Required(p, rule, "weekday"))} {MonthDay(p["onOrAfter"], null)}", $"{Weekday(p["weekday"])} on or after {Describe(p["onOrAfter"].String())}"),
            "onOrBefore" => ($"onOrBefore {Weekday(Required(p, rule, "weekday"))} {MonthDay(p["onOrBefore"], null)}", $"{Weekday(p["weekday"])} on or before {Describe(p["onOrBefore"].String())}"),
            "easter" => ($"easter {Signed(p["easter"].Int())}", Relative("Easter Sunday", p["easter"].Int())),
            "orthodoxEaster" => ($"orthodoxEaster {Signed(p["orthodoxEaster"].Int())}", Relative("Orthodox Easter Sunday", p["orthodoxEaster"].Int())),
            "betweenHolidays" => (p["betweenHolidays"].True() ? "betweenHolidays" : "", "a day between two national holidays"),
            _ => Dates(p, out table),
        };

        if (p.TryGetValue("offset", out var offset))
        {
            text += $" offset={Signed(offset.Int())}";
            description += $", {Signed(offset.Int())} day{(Math.Abs(offset.Int()) == 1 ? "" : "s")}";
        }

        if (p.TryGetValue("shiftByWeekday", out var shift))
        {
            var shifts = shift.Object(Weekdays);
            var pairs = Weekdays.Where(shifts.ContainsKey).Select(d => $"{d}:{Signed(shifts[d].Int())}").ToArray();
            text += " shift=" + string.Join(",", pairs);
            description += ", then shifted by weekday (" + string.Join(", ", pairs.Select(s => s.Replace(":", " ", StringComparison.Ordinal))) + " days)";
        }

        if (p.TryGetValue("every", out var every))
        {
            if (every.Int() < 2 || entryFrom is null)
            {
                throw every.Error("'every' must be 2 or more and needs the entry's 'from' year to count from.");
            }

            text += $" every={every.Int()}";
            description += $", every {every.Int()} years from {entryFrom}";
        }

        return (text, description, table);
    }

    /// <summary>Checks a "MM-DD" date: valid in <paramref name="year"/>, or in every year when null (so never 29 February).</summary>
    public static string MonthDay(JsonCursor value, int? year)
    {
        string text = value.String();
        if (!s_monthDay.IsMatch(text))
        {
            throw value.Error($"'{text}' is not a MM-DD date such as '07-04'.");
        }

        int month = int.Parse(text.AsSpan(0, 2), CultureInfo.InvariantCulture);
        int day = int.Parse(text.AsSpan(3, 2), CultureInfo.InvariantCulture);
        if (month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year ?? 2001, month))
        {
            throw value.Error($"'{text}' is not a date{(year is null ? " in every year" : $" in {year}")}.");
        }

        return text;
    }

    public static int Year(JsonCursor at, string text)
    {
        if (text.Length != 4 || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1800 || year > 2200)
        {
            throw at.Error($"'{text}' is not a year between 1800 and 2200.");
        }

        return year;
    }

    private static (string, string) Nth(IReadOnlyDictionary<string, JsonCursor> p, JsonCursor rule)
    {
        int nth = p["nth"].Int();
        if (nth is not (>= 1 and <= 4 or -1))
        {
            throw p["nth"].Error($"nth must be 1 to 4 or -1 (last), not {nth}: a fifth weekday does not occur every year.");
        }

        int month = Required(p, rule, "month").Int();
        if (month is < 1 or > 12)
        {
            throw p["month"].Error($"month must be 1 to 12, not {month}.");
        }

        string weekday = Weekday(Required(p, rule, "weekday"));
        string ordinal = nth switch { -1 => "last", 1 => "1st", 2 => "2nd", 3 => "3rd", _ => $"{nth}th" };
        return ($"nth {nth} {weekday} {month}", $"{ordinal} {weekday} of {s_months[month - 1]}");
    }

    private static (string, string) Dates(IReadOnlyDictionary<string, JsonCursor> p, out TableRange table)
    {
        var years = p["dates"].Object([.. Enumerable.Range(1800, 401).Select(JsonCursor.Invariant)]);
        if (years.Count == 0)
        {
            throw p["dates"].Error("a table needs at least one year.");
        }

        var items = new List<string>();
        foreach (var (key, list) in years.OrderBy(y => y.Key, StringComparer.Ordinal))
        {
            int year = Year(list, key);
            var dates = list.Array().Select(d => MonthDay(d, year)).ToArray();
            if (dates.Length == 0 || !dates.SequenceEqual(dates.Distinct().Order(StringComparer.Ordinal)))
            {
                throw list.Error("expected one or more distinct dates in ascending order.");
            }

            items.Add($"{year}:{string.Join(",", dates)}");
        }

        var listed = years.Keys.Select(k => int.Parse(k, CultureInfo.InvariantCulture)).Order().ToArray();
        int? from = p.TryGetValue("knownFrom", out var kf) ? kf.Int() : null;
        int through = p.TryGetValue("knownThrough", out var kt) ? kt.Int() : listed[^1];
        if (through < listed[^1])
        {
            throw kt.Error($"knownThrough {through} is before the last listed year {listed[^1]}.");
        }

        if (from > listed[0])
        {
            throw kf.Error($"knownFrom {from} is after the first listed year {listed[0]}.");
        }

        table = new TableRange(from, through, listed);
        string known = $"{from}..{through}";
        string description = from is null ? $"dates listed for {Years(listed)}, known through {through}" : $"dates listed for {Years(listed)}, known {from}–{through}";
        return ($"dates {known} {string.Join(" ", items)}", description);
    }

    private static string Years(int[] years) => years.Length <= 3 ? string.Join(", ", years) : $"{years.Length} years {years[0]}–{years[^1]}";

    private static JsonCursor Required(IReadOnlyDictionary<string, JsonCursor> p, JsonCursor rule, string name) =>
        p.TryGetValue(name, out var value) ? value : throw rule.Error($"this rule form needs '{name}'.");

    private static void Forbid(IReadOnlyDictionary<string, JsonCursor> p, JsonCursor rule, string[] names, string form)
    {
        foreach (string name in names.Where(p.ContainsKey))
        {
            throw rule.Error($"'{name}' does not belong to a '{form}' rule.");
        }
    }

    private static string Weekday(JsonCursor value)
    {
        string text = value.String();
        return Array.IndexOf(Weekdays, text) >= 0 ? text : throw value.Error($"'{text}' is not a weekday; expected one of {string.Join(", ", Weekdays)}.");
    }

    private static string Describe(string monthDay) =>
        $"{int.Parse(monthDay.AsSpan(3, 2), CultureInfo.InvariantCulture)} {s_months[int.Parse(monthDay.AsSpan(0, 2), CultureInfo.InvariantCulture) - 1]}";

    private static string Relative(string anchor, int days) => days == 0 ? anchor : $"{anchor} {(days > 0 ? "+" : "−")} {Math.Abs(days)} day{(Math.Abs(days) == 1 ? "" : "s")}";

    private static string Signed(int value) => value.ToString(CultureInfo.InvariantCulture);
}

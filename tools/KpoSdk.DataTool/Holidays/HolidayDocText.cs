namespace KpoSdk.DataTool.Holidays;

/// <summary>The fixed prose of docs/holidays.md around the generated tables.</summary>
internal static class HolidayDocText
{
    public static readonly string[] Introduction =
    [
        "# Built-in public holidays",
        "",
        "`HolidayCalendar.For(Jurisdiction)` gives the public holidays of the countries and subdivisions below, computed by a rule engine in KpoSdk.Knowledge from the data in `tools/data/holidays/*.json` (format: `tools/data/holidays/FORMAT.md`). Every rule cites its source: a statute, a gazette, an official annual list. Holidays fixed each year by an instrument or a lunar calendar (India's central and State lists, the Philippine proclamations, Malaysian, Egyptian, Vietnamese and Sri Lankan decisions, Islamic holidays in the Gulf) are tabulated for the years whose lists were read; beyond those years the data does not guess.",
        "",
        "- A subdivision has its country's national holidays, except those its entry excludes (with the reason and source) or replaces (an entry with the same id), plus its own. A subdivision inside a listed one (`GB-LND` in `GB-ENG`) has the listed one's holidays.",
        "- `Occurrences(DateInterval)` gives `Holiday(Date, Name)` for each closed day, substitute days named \"… (observed)\". Optional holidays (India's restricted holidays, regional or part-day holidays) are left out unless the calendar is made with `WithOptionalHolidays()`.",
        "- `KnownFrom` and `KnownThrough` are the first and last dates for which every holiday is known. `Occurrences` over dates outside them throws `HolidayDataUnavailableException`, naming the jurisdiction, the years and the holidays without dates; so does a `BusinessCalendar` built with `WithHolidays(HolidayCalendar)` when a query depends on such a date. `WithUnknownHolidays(UnknownHolidays.Omit)` makes a calendar that leaves those holidays out instead (it says so in its name and `ToString`).",
        "- Calendars combine: `With(HolidayCalendar)` (for example the built-in holidays and a company's iCalendar file), `With(LocalDate, string)` for extra days, `Without(LocalDate)` for days the office works.",
        "- Contracts and documents name them: `[CoverageWindow(\"America/New_York\", \"Mon-Fri 09:00-17:00\", Holidays = \"US-NY\")]` closes the contract's calendar on them (checked at compile time: KPO0001 for an unknown code, KPO0009 for a jurisdiction without built-in holidays), and `\"publicHolidays\": \"US-NY\"` does the same for a coverage window or a delivery centre in a JSON document.",
        "- Facts only: the data holds dates and names from official sources, cited per rule, with each source's licence below (also `tools/data/holidays/LICENSES.md`). Nothing comes from share-alike compilations (Wikipedia, date-holidays).",
    ];

    public static readonly string[] Semantics =
    [
        "",
        "## Semantics",
        "",
        "Rule forms: a fixed month and day; the nth (or last) weekday of a month; the first weekday on or after, or the last on or before, a month and day; days relative to Western (Gregorian computus) or Orthodox (Julian computus, as a Gregorian date) Easter Sunday; dates tabulated per year; Japan's Citizens' Holiday (a day that is neither a Sunday nor a holiday, between two national holidays). Any rule may add an offset in days, then a shift by the weekday of the result (`shiftByWeekday`, e.g. Ireland's St Brigid's Day: the first Monday of February, or 1 February when that is a Friday), and may apply only every nth year from its first year. `from`/`to` bound the years a holiday applies; `overrides` replace a year's date (a bank holiday moved by proclamation) and get no observance.",
        "",
        "Observance rules (a *substitute* rule keeps the holiday and closes another day too; a *moved* rule moves the holiday):",
        "",
        "| Rule | Meaning |",
        "| --- | --- |",
        "| `nearest-weekday` | substitute: Saturday → the Friday before, Sunday → the Monday after (5 U.S.C. 6103(b)) |",
        "| `sunday-to-monday` | substitute: Sunday → Monday |",
        "| `weekend-to-monday` | substitute: Saturday or Sunday → the Monday after |",
        "| `next-free-weekday` | substitute: Saturday or Sunday → the next Monday–Friday day that is free (UK: Christmas on a Saturday → Monday 27, Boxing Day on a Sunday → Tuesday 28) |",
        "| `next-free-day` | substitute: Sunday → the next day that is free (Japan Art. 3(2), Singapore) |",
        "| `sunday-to-next-non-holiday` | substitute: Sunday → the next day that is not a public holiday on its own date; holidays on the same Sunday share one substitute day; a Saturday holiday has none (Malaysia, Holidays Act 1951 s.3) |",
        "| `moved-to-monday` | moved to the following Monday unless on a Monday (Colombia, Law 51 of 1983) |",
        "| `moved-nearest-monday` | moved: Tuesday/Wednesday → the Monday before, Thursday–Sunday → the Monday after |",
        "| `moved-weekend-to-monday` | moved: Saturday or Sunday → the following Monday (Australia Day in NSW, QLD, NT, TAS) |",
        "| `moved-sunday-to-monday` | moved: Sunday → Monday (Canada Day, Quebec's National Holiday, Anzac Day in QLD/NT) |",
        "| `moved-next-free-weekday` | moved: Saturday or Sunday → the next free Monday–Friday day (Boxing Day in TAS and NT) |",
        "| `moved-sunday-to-saturday` | moved: Sunday → the Saturday before (King's Day, Netherlands) |",
        "",
        "Where the research notes proposed overlapping semantics, one was chosen and the data made consistent with it:",
        "",
        "- **Free days.** A day is free when no public holiday is on it: its own date, a moved holiday's new date, or a substitute day already given. Substitute days are given in date order (then by id), using the holidays of the year before and after too, so that 1 January on a Saturday closes Friday 31 December of the year before. A moved holiday that its rule leaves in place (Boxing Day on a Monday) occupies its date from the start.",
        "- **Optional holidays** neither close nor occupy a day, so including them changes no public holiday's substitute; the substitute of an optional holiday is optional.",
        "- **Tabulated years.** A year inside a table's known range but not listed has no occurrence. Years before the first listed year have no occurrence unless the table gives `knownFrom`, which makes them unknown (Japan's equinox tables now carry `knownFrom`: they were read for 2010 onward). A one-off day (a state funeral) has `knownThrough: 2150`, so later years are \"none\", not unknown.",
        "- **The same id** in several subdivisions is the same holiday; a subdivision entry with a national id replaces the national rule there.",
        "- **Unlisted subdivisions.** A country file without subdivisions applies everywhere in the country; a file with subdivisions covers only those (and the subdivisions inside them), unless it says `\"unlistedSubdivisions\": \"national\"` (France: only Alsace-Moselle and the overseas departments differ).",
        "- **Known range.** The known years are one range: from the latest `knownFrom` of a table that applies before it, to the earliest last known year of a table whose holiday is still in force after it. A year outside it may be partly known, but is treated as unknown.",
        "- **Years around a table's edge.** A substitute day lent by a neighbouring year whose tabulated dates are unknown is not computed (none of the data's tabulated holidays has a substitute rule that reaches across the new year).",
    ];
}

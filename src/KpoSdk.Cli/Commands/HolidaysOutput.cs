using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KpoSdk.Cli.Commands;

/// <summary>The output of <c>kpo holidays</c>: a line per holiday, or one JSON object.</summary>
internal static class HolidaysOutput
{
    public static void Text(HolidayListing listing, TextWriter output)
    {
        var place = listing.Jurisdiction;
        int year = listing.Dates.Start.Year;
        string kind = listing.Calendar.IncludesOptionalHolidays ? "public and optional holidays" : "public holidays";
        output.WriteLine($"{place.Code} ({place.Name}) {kind} in {year}: {listing.Holidays.Count} {(listing.Holidays.Count == 1 ? "day" : "days")}");
        foreach (var (holiday, optional) in listing.Holidays)
        {
            string weekday = holiday.Date.ToString("ddd", CultureInfo.InvariantCulture);
            output.WriteLine($"{holiday.Date:uuuu-MM-dd}  {weekday}  {holiday.Name}{(optional ? "  (optional)" : "")}");
        }

        if (listing.OptionalLeftOut > 0)
        {
            output.WriteLine($"{listing.OptionalLeftOut} optional {(listing.OptionalLeftOut == 1 ? "holiday" : "holidays")} left out; --optional lists {(listing.OptionalLeftOut == 1 ? "it" : "them")}.");
        }

        output.WriteLine(Source(listing));
    }

    public static void Json(HolidayListing listing, TextWriter output)
    {
        using var stream = new MemoryStream();
        // Holiday and place names are mostly not ASCII (Mahārāshtra, Fête nationale): written as they are, not as \u escapes.
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("jurisdiction", listing.Jurisdiction.Code);
            json.WriteString("name", listing.Jurisdiction.Name);
            json.WriteNumber("year", listing.Dates.Start.Year);
            json.WriteBoolean("includesOptional", listing.Calendar.IncludesOptionalHolidays);
            json.WriteStartArray("holidays");
            foreach (var (holiday, optional) in listing.Holidays)
            {
                json.WriteStartObject();
                json.WriteString("date", holiday.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("weekday", holiday.Date.DayOfWeek.ToString());
                json.WriteString("name", holiday.Name);
                json.WriteBoolean("optional", optional);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("optionalLeftOut", listing.OptionalLeftOut);
            json.WriteString("knownFrom", listing.Calendar.KnownFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("knownThrough", listing.Calendar.KnownThrough.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("source", Source(listing));
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>For which dates the data is known and where its sources are cited, e.g. "Known 1900-01-01 to 2150-12-31. Sources: …".</summary>
    private static string Source(HolidayListing listing)
    {
        var calendar = listing.Calendar;
        var country = listing.Jurisdiction.Country;
        return $"Known {calendar.KnownFrom:uuuu-MM-dd} to {calendar.KnownThrough:uuuu-MM-dd}. "
            + $"Sources: the statutes and official lists cited for each rule in docs/holidays.md ({country.Alpha2}: {country.Name}).";
    }
}

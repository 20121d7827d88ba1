using System.CommandLine;
using System.Globalization;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Cli.Commands;

/// <summary>
/// <c>kpo holidays &lt;jurisdiction&gt; &lt;year&gt; [--optional] [--format text|json]</c>: the
/// built-in public holidays of a country or subdivision in a year (<see cref="HolidayCalendar.For"/>),
/// with the weekday of each and the years the data is known for.
/// </summary>
internal static class HolidaysCommand
{
    public static Command Create(CliConsole console)
    {
        var jurisdiction = new Argument<string>("jurisdiction") { Description = "A country or ISO 3166-2 subdivision code: US, US-NY, IN-MH." };
        var year = new Argument<string>("year") { Description = "The year, e.g. 2027." };
        var optional = new Option<bool>("--optional") { Description = "Include optional holidays (India's restricted holidays, regional and part-day ones), marked as such." };
        var format = new Option<string>("--format", "-f") { Description = "text (a line per holiday) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("holidays", "List the built-in public holidays of a country or subdivision in a year, with their sources.") { jurisdiction, year, optional, format };
        command.SetAction(parse =>
        {
            var place = Place(parse.GetValue(jurisdiction)!);
            var dates = Year(parse.GetValue(year)!);
            var listing = HolidayListing.Of(place, dates, parse.GetValue(optional));
            if (parse.GetValue(format) == "json")
            {
                HolidaysOutput.Json(listing, console.Out);
            }
            else
            {
                HolidaysOutput.Text(listing, console.Out);
            }

            return ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>The jurisdiction, or a usage error with the message KPO0001 gives for the code (quoted, with the closest codes).</summary>
    private static Jurisdiction Place(string text)
    {
        try
        {
            return Jurisdiction.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    private static DateInterval Year(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= 1 and <= 9999
            ? new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31))
            : throw new UsageException($"The year '{Inputs.Cut(text)}' is not a year; expected one from 1 to 9999 in digits, e.g. 2027.");
}

using KpoSdk.Time;
using NodaTime;
using NodaTime.Text;

namespace KpoSdk.Tests.Holidays;

/// <summary>
/// The recurrence examples of RFC 5545 section 3.8.5.3 that apply to dates, with the dates the RFC
/// lists (all-day events, so UNTIL is a date). The expansion is the SDK's own, so these pin it to
/// the standard rather than to another implementation.
/// </summary>
public sealed class RecurrenceRfcExampleTests
{
    public static TheoryData<string, string, string, string> Examples => new()
    {
        { "19970905", "FREQ=MONTHLY;COUNT=10;BYDAY=1FR", "19990101", "19970905 19971003 19971107 19971205 19980102 19980206 19980306 19980403 19980501 19980605" },
        { "19970901", "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971223;WKST=SU;BYDAY=MO,WE,FR", "19980101", "19970901 19970903 19970905 19970915 19970917 19970919 19970929 19971001 19971003 19971013 19971015 19971017 19971027 19971029 19971031 19971110 19971112 19971114 19971124 19971126 19971128 19971208 19971210 19971212 19971222" },
        { "19970313", "FREQ=YEARLY;BYMONTH=3;BYDAY=TH", "19981231", "19970313 19970320 19970327 19980305 19980312 19980319 19980326" },
        { "19970512", "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", "19991231", "19970512 19980511 19990517" },
        { "19970519", "FREQ=YEARLY;BYDAY=20MO", "19991231", "19970519 19980518 19990517" },
        { "19970929", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "19980331", "19970930 19971031 19971128 19971231 19980130 19980227 19980331" },
        { "19970904", "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3", "19981231", "19970904 19971007 19971106" },
        { "19970101", "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200", "20101231", "19970101 19970410 19970719 20000101 20000409 20000718 20030101 20030410 20030719 20060101" },
        { "19970922", "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO", "19981231", "19970922 19971020 19971117 19971222 19980119 19980216" },
        { "19970907", "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU", "19981231", "19970907 19970928 19971102 19971130 19980104 19980125 19980301 19980329 19980503 19980531" },
        { "19970928", "FREQ=MONTHLY;BYMONTHDAY=-3", "19980228", "19970928 19971029 19971128 19971229 19980129 19980226" },
        { "20070115", "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5", "20071231", "20070115 20070130 20070215 20070315 20070330" },
        { "19980101", "FREQ=DAILY;UNTIL=20000131;BYMONTH=1", "20001231", string.Join(' ', Enumerable.Range(0, 3).SelectMany(y => Enumerable.Range(1, 31).Select(d => $"{1998 + y}01{d:00}"))) },
        { "19970610", "FREQ=YEARLY;COUNT=10;BYMONTH=6,7", "20021231", "19970610 19970710 19980610 19980710 19990610 19990710 20000610 20000710 20010610 20010710" },
        { "19970902", "FREQ=DAILY;INTERVAL=10;COUNT=5", "19971231", "19970902 19970912 19970922 19971002 19971012" },
        { "19970805", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", "19971231", "19970805 19970810 19970819 19970824" },
        { "19970805", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", "19971231", "19970805 19970817 19970819 19970831" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_RFC_5545_example_gives_the_dates_the_RFC_lists(string start, string rule, string until, string expected)
    {
        var calendar = HolidayCalendar.FromICalendar(Fixtures.Calendar($"BEGIN:VEVENT\nUID:x@kposdk.test\nDTSTART;VALUE=DATE:{start}\nRRULE:{rule}\nEND:VEVENT\n"));

        var dates = calendar.Between(new DateInterval(Parse(start), Parse(until)));

        Assert.Equal(expected, string.Join(' ', dates.Select(d => d.ToString("yyyyMMdd", null))));
    }

    [Fact]
    public void Every_Friday_the_13th_with_DTSTART_excluded()
    {
        var calendar = HolidayCalendar.FromICalendar(Fixtures.Calendar("BEGIN:VEVENT\nUID:x@kposdk.test\nDTSTART;VALUE=DATE:19970902\nEXDATE;VALUE=DATE:19970902\nRRULE:FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13\nEND:VEVENT\n"));

        var dates = calendar.Between(new DateInterval(Parse("19970101"), Parse("20001231")));

        Assert.Equal("19980213 19980313 19981113 19990813 20001013", string.Join(' ', dates.Select(d => d.ToString("yyyyMMdd", null))));
    }

    private static LocalDate Parse(string text) => LocalDatePattern.CreateWithInvariantCulture("yyyyMMdd").Parse(text).Value;
}

using KpoSdk.Time;

namespace KpoSdk.Samples.Acme;

/// <summary>
/// The public holidays on which Acme's clients are closed: the SDK's built-in holidays of the
/// client's jurisdiction (US-NY, DE, AU-NSW). A client in "GB" works in London, so England's bank
/// holidays apply (Scotland and Northern Ireland have others).
/// </summary>
internal static class ClientHolidays
{
    /// <summary>The holidays of <paramref name="client"/>.</summary>
    public static HolidayCalendar For(Jurisdiction client) =>
        HolidayCalendar.For(client == Country.GB ? Jurisdiction.Parse("GB-ENG") : client);
}

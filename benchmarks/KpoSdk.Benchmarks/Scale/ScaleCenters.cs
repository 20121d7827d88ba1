using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Benchmarks.Scale;

/// <summary>The 12 centres: name, jurisdiction, zone, the shifts that serve US, UK/EU and APAC clients, and the languages their staff speak.</summary>
public static class ScaleCenters
{
    public sealed record CenterSite(DeliveryCenter Center, string[] Languages, CredentialKind[] Credentials);

    public static IReadOnlyList<CenterSite> All { get; } =
    [
        Make("Pune", "IN-MH", "Asia/Kolkata", "Mon-Fri 18:30-03:30", "Mon-Fri 12:30-21:30", ["en", "hi", "mr"], [CredentialKind.IcaiCharteredAccountant, CredentialKind.UsEnrolledAgent]),
        Make("Bengaluru", "IN-KA", "Asia/Kolkata", "Mon-Fri 18:30-03:30", "Mon-Fri 09:30-18:30", ["en", "hi", "kn"], [CredentialKind.IcaiCharteredAccountant, CredentialKind.Acca]),
        Make("Chennai", "IN-TN", "Asia/Kolkata", "Mon-Fri 19:30-04:30", "Mon-Fri 13:30-22:30", ["en", "ta"], [CredentialKind.IcaiCharteredAccountant]),
        Make("Manila", "PH", "Asia/Manila", "Mon-Fri 21:00-06:00", "Mon-Fri 15:00-00:00", ["en", "fil"], [CredentialKind.PhilippineCertifiedPublicAccountant]),
        Make("Cebu", "PH", "Asia/Manila", "Mon-Fri 21:00-06:00", "Mon-Fri 08:00-17:00", ["en", "fil"], [CredentialKind.PhilippineCertifiedPublicAccountant]),
        Make("Krakow", "PL", "Europe/Warsaw", "Mon-Fri 08:00-16:00", "Mon-Fri 15:00-23:00", ["pl", "en", "de"], [CredentialKind.Acca, CredentialKind.CippE]),
        Make("Wroclaw", "PL", "Europe/Warsaw", "Mon-Fri 08:00-16:00", "Mon-Fri 14:00-22:00", ["pl", "en", "de"], [CredentialKind.Acca]),
        Make("Bucharest", "RO", "Europe/Bucharest", "Mon-Fri 09:00-17:00", "Mon-Fri 16:00-00:00", ["ro", "en", "fr"], [CredentialKind.Acca]),
        Make("Cairo", "EG", "Africa/Cairo", "Sun-Thu 09:00-17:00", "Mon-Fri 15:00-23:00", ["ar", "en", "fr"], [CredentialKind.Acca]),
        Make("Mexico City", "MX", "America/Mexico_City", "Mon-Fri 08:00-17:00", "Mon-Fri 07:00-15:00", ["es", "en"], [CredentialKind.UsEnrolledAgent]),
        Make("Bogota", "CO", "America/Bogota", "Mon-Fri 08:00-17:00", "Mon-Fri 07:00-16:00", ["es", "en"], [CredentialKind.UsEnrolledAgent]),
        Make("Colombo", "LK", "Asia/Colombo", "Mon-Fri 18:30-03:30", "Mon-Fri 13:30-22:30", ["en", "si", "ta"], [CredentialKind.Acca]),
    ];

    private static CenterSite Make(string name, string jurisdiction, string zone, string usShift, string otherShift, string[] languages, CredentialKind[] credentials) =>
        new(new DeliveryCenter(name, Jurisdiction.Parse(jurisdiction), DateTimeZoneProviders.Tzdb[zone])
        {
            Shifts = [new Shift("us", WeeklyHours.Parse(usShift)), new Shift("local", WeeklyHours.Parse(otherShift))],
            Holidays = [new LocalDate(2026, 1, 1), new LocalDate(2026, 5, 1), new LocalDate(2026, 12, 25)],
        }, languages, credentials);
}

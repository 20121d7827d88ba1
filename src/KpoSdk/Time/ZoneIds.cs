using KpoSdk.Knowledge.Codes;
using NodaTime;

namespace KpoSdk.Time;

/// <summary>
/// Looks up IANA zone IDs in NodaTime's embedded tzdb; for an unknown one the error lists the
/// closest known IDs, found by the knowledge base's <see cref="TimeZoneIds.Closest(string, int)"/> (the same
/// suggestions the analyzers make).
/// </summary>
internal static class ZoneIds
{
    public static DateTimeZone Resolve(string zoneId, string parameter)
    {
        ArgumentNullException.ThrowIfNull(zoneId, parameter);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
        if (zone is not null)
        {
            return zone;
        }

        var closest = TimeZoneIds.Closest(zoneId, 3);
        string suggestion = closest.Count == 0
            ? "No known ID is close to it."
            : $"Did you mean {string.Join(", ", closest.Select(c => "'" + c + "'"))}?";
        throw new ArgumentException(
            $"{InputText.Quote(zoneId, InputText.MaxQuotedText)} is not an IANA time-zone ID known to tzdb {DateTimeZoneProviders.Tzdb.VersionId}; expected an ID such as 'America/New_York'. {suggestion}",
            parameter);
    }
}

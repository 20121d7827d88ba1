using NodaTime;

namespace KpoSdk.Time;

/// <summary>
/// Looks up IANA zone IDs in NodaTime's embedded tzdb and, for an unknown one, finds the closest
/// known IDs by edit distance (case-insensitive, over the whole ID and over its last segment, so
/// both "America/New_Yrok" and "New_York" find America/New_York).
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

        var closest = Closest(zoneId, 3);
        throw new ArgumentException(
            $"'{zoneId}' is not an IANA time-zone ID known to tzdb {DateTimeZoneProviders.Tzdb.VersionId}; expected an ID such as 'America/New_York'. "
            + $"Did you mean {string.Join(", ", closest.Select(c => "'" + c + "'"))}?",
            parameter);
    }

    public static IReadOnlyList<string> Closest(string text, int count) =>
        DateTimeZoneProviders.Tzdb.Ids
            .Select(id => (Id: id, Distance: Distance(text, id)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Id)
            .ToList();

    private static int Distance(string text, string id)
    {
        int whole = Levenshtein(text, id);
        int slash = id.LastIndexOf('/');
        int lastSegment = slash < 0 || text.Contains('/', StringComparison.Ordinal) ? whole : Levenshtein(text, id[(slash + 1)..]);
        return Math.Min(whole, lastSegment);
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

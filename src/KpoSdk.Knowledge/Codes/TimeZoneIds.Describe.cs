using System.Globalization;

namespace KpoSdk.Knowledge.Codes;

internal static partial class TimeZoneIds
{
    /// <summary>How many close IDs an unknown ID's message suggests.</summary>
    public const int MaxSuggestions = 3;

    /// <summary>
    /// The KPO0002 message for an ID that is not known, quoting it, with the <paramref name="closest"/>
    /// known IDs (<see cref="Closest(string, int)"/>): the analyzers' message for a zone in an attribute, an SDK
    /// call and a JSON document.
    /// </summary>
    public static string DescribeUnknown(string id, IReadOnlyList<string> closest)
    {
        string suggestion = closest.Count == 0 ? "No known ID is close to it." : $"Did you mean {string.Join(", ", closest.Select(c => "'" + c + "'"))}?";
        return string.Format(CultureInfo.InvariantCulture, "{0} is not an IANA time-zone ID known to tzdb {1}; expected an ID such as 'America/New_York'. {2}", InputText.Quote(id), TzdbVersion, suggestion);
    }
}

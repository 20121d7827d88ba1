namespace KpoSdk.Knowledge.Codes;

internal static partial class TimeZoneIds
{
    /// <summary>
    /// "Did you mean" candidates for an unknown ID, at most <paramref name="max"/>: IDs equal to
    /// it but for case first ("america/new_york"), then the IDs a few typos away, nearest first,
    /// comparing both the whole ID and the part after the last '/' ("America/NewYork" and
    /// "NewYork" both find "America/New_York"); canonical IDs before aliases at equal distance.
    /// </summary>
    public static IReadOnlyList<string> Closest(string id, int max) => Closest(id, max, out _);

    /// <summary>
    /// <see cref="Closest(string, int)"/>, and whether the answer is certain: exactly one ID equals
    /// <paramref name="id"/> but for case, surrounding white space and spaces written for
    /// underscores ("europe/berlin", "America/New York"). Then that ID is the only one returned.
    /// IDs a few typos away are guesses, however few there are: "Europe/Berln" is one typo from
    /// "Europe/Berlin" and from nothing else in this tzdb, but the next release may add a zone
    /// that is, and a fix's certainty must not change with the data version.
    /// </summary>
    public static IReadOnlyList<string> Closest(string id, int max, out bool certain)
    {
        certain = false;
        var result = new List<string>();
        if (string.IsNullOrWhiteSpace(id) || max <= 0)
        {
            return result;
        }

        string wanted = id.Trim().Replace(' ', '_');
        foreach (string candidate in s_ids)
        {
            if (string.Equals(candidate, wanted, StringComparison.OrdinalIgnoreCase))
            {
                result.Add(candidate);
            }
        }

        if (result.Count == 1)
        {
            certain = true;
            return result;
        }

        // Allow about one typo per four characters of the part compared, at least two.
        int limit = Math.Max(2, City(wanted).Length / 4);
        var near = new List<(int Distance, bool Alias, string Id)>();
        for (int i = 0; i < s_ids.Length; i++)
        {
            string candidate = s_ids[i];
            if (result.Contains(candidate))
            {
                continue;
            }

            int distance = Math.Min(EditDistance.Between(wanted, candidate, limit), EditDistance.Between(City(wanted), City(candidate), limit));
            if (distance <= limit)
            {
                near.Add((distance, s_canonical[i] != i, candidate));
            }
        }

        near.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance)
            : a.Alias != b.Alias ? a.Alias.CompareTo(b.Alias)
            : string.CompareOrdinal(a.Id, b.Id));
        foreach (var candidate in near)
        {
            result.Add(candidate.Id);
        }

        if (result.Count > max)
        {
            result.RemoveRange(max, result.Count - max);
        }

        return result;
    }

    /// <summary>The part after the last '/', e.g. "New_York"; the whole ID when it has none.</summary>
    private static string City(string id) => id.Substring(id.LastIndexOf('/') + 1);
}

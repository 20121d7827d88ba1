namespace KpoSdk.Knowledge.Rules;

/// <summary>A jurisdiction selector resolved to table rows: a country, or a subdivision with those under it, with excluded subdivisions and dates.</summary>
internal readonly struct ResolvedEntry
{
    public ResolvedEntry(int country, int subdivision, int[] except, CalendarDate? from, CalendarDate? to)
    {
        Country = country;
        Subdivision = subdivision;
        Except = except;
        From = from;
        To = to;
    }

    public int Country { get; }

    /// <summary>The subdivision row, or <see cref="Codes.JurisdictionId.NoSubdivision"/> for the whole country.</summary>
    public int Subdivision { get; }

    public int[] Except { get; }

    public CalendarDate? From { get; }

    public CalendarDate? To { get; }

    public bool IsPlainCountry => Subdivision < 0 && Except.Length == 0 && From is null && To is null;

    /// <summary>The entry restricted to the dates of an enclosing group member; null when the two do not overlap.</summary>
    public ResolvedEntry? Within(CalendarDate? from, CalendarDate? to)
    {
        var start = Later(From, from);
        var end = Earlier(To, to);
        return start is { } s && end is { } e && e < s ? null : new ResolvedEntry(Country, Subdivision, Except, start, end);
    }

    private static CalendarDate? Later(CalendarDate? a, CalendarDate? b) => a is null ? b : b is null ? a : (a.Value > b.Value ? a : b);

    private static CalendarDate? Earlier(CalendarDate? a, CalendarDate? b) => a is null ? b : b is null ? a : (a.Value < b.Value ? a : b);
}

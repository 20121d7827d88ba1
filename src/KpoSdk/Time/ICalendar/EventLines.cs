namespace KpoSdk.Time.ICalendar;

/// <summary>The content lines of one top-level VEVENT, in file order, with the line of its BEGIN.</summary>
internal sealed class EventLines(int beginLine)
{
    /// <summary>1-based physical line of <c>BEGIN:VEVENT</c>.</summary>
    public int BeginLine { get; } = beginLine;

    /// <summary>The event's own properties (not those of nested components such as VALARM).</summary>
    public List<ContentLine> Properties { get; } = [];

    /// <summary>The first property with this (upper-case) name, if any.</summary>
    public ContentLine? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>The event's SUMMARY as written, or a placeholder, for messages.</summary>
    public string Label => Find("SUMMARY") is { } summary ? ContentLineReader.Quote(summary.Value) : "(no SUMMARY)";
}

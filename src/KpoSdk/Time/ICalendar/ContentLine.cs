namespace KpoSdk.Time.ICalendar;

/// <summary>
/// One unfolded iCalendar content line (<c>NAME;PARAM=x:VALUE</c>), kept with the physical line
/// it starts on so that errors can point at it.
/// </summary>
/// <param name="Line">1-based physical line of the first fold.</param>
/// <param name="Name">The property name in upper case.</param>
/// <param name="Parameters">The raw parameter text between the name and the colon, e.g. <c>;VALUE=DATE</c>.</param>
/// <param name="Value">The raw value after the first colon outside quotes.</param>
internal readonly record struct ContentLine(int Line, string Name, string Parameters, string Value)
{
    /// <summary>The line as written, for quoting in messages.</summary>
    public string Text => Name + Parameters + ":" + Value;

    /// <summary>Whether a parameter such as <c>VALUE=DATE</c> is present (case-insensitive).</summary>
    public bool HasParameter(string name, string value) =>
        Parameter(name) is { } found && found.Equals(value, StringComparison.OrdinalIgnoreCase);

    /// <summary>The value of the parameter <paramref name="name"/> (case-insensitive), without quotes; null when absent.</summary>
    public string? Parameter(string name)
    {
        foreach (var part in Parameters.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && part.AsSpan(0, equals).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return part[(equals + 1)..].Trim('"');
            }
        }

        return null;
    }
}

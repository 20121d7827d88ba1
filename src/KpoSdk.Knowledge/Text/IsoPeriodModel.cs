using System.Text;

namespace KpoSdk.Knowledge.Text;

/// <summary>
/// An ISO 8601 duration as its components, each a non-negative whole number, kept as written
/// (<c>PT90M</c> stays 90 minutes; nothing is normalised). Whether the amount is elapsed time or
/// business days is for the caller to decide: <see cref="HasDateUnits"/> and
/// <see cref="HasTimeUnits"/> tell which designators were used.
/// </summary>
internal sealed class IsoPeriodModel : IEquatable<IsoPeriodModel>
{
    public IsoPeriodModel(int years = 0, int months = 0, int weeks = 0, int days = 0, int hours = 0, int minutes = 0, int seconds = 0)
    {
        Years = NonNegative(years, nameof(years));
        Months = NonNegative(months, nameof(months));
        Weeks = NonNegative(weeks, nameof(weeks));
        Days = NonNegative(days, nameof(days));
        Hours = NonNegative(hours, nameof(hours));
        Minutes = NonNegative(minutes, nameof(minutes));
        Seconds = NonNegative(seconds, nameof(seconds));
    }

    public int Years { get; }

    public int Months { get; }

    public int Weeks { get; }

    public int Days { get; }

    public int Hours { get; }

    public int Minutes { get; }

    public int Seconds { get; }

    /// <summary>True when a year, month, week or day component is non-zero.</summary>
    public bool HasDateUnits => Years != 0 || Months != 0 || Weeks != 0 || Days != 0;

    /// <summary>True when an hour, minute or second component is non-zero.</summary>
    public bool HasTimeUnits => Hours != 0 || Minutes != 0 || Seconds != 0;

    public bool IsZero => !HasDateUnits && !HasTimeUnits;

    /// <summary>
    /// The canonical form: the non-zero components in ISO order, <c>PT0S</c> when all are zero.
    /// </summary>
    public override string ToString()
    {
        if (IsZero)
        {
            return "PT0S";
        }

        var text = new StringBuilder("P");
        Append(text, Years, 'Y');
        Append(text, Months, 'M');
        Append(text, Weeks, 'W');
        Append(text, Days, 'D');
        if (HasTimeUnits)
        {
            text.Append('T');
            Append(text, Hours, 'H');
            Append(text, Minutes, 'M');
            Append(text, Seconds, 'S');
        }

        return text.ToString();
    }

    public bool Equals(IsoPeriodModel? other) =>
        other is not null
        && Years == other.Years && Months == other.Months && Weeks == other.Weeks && Days == other.Days
        && Hours == other.Hours && Minutes == other.Minutes && Seconds == other.Seconds;

    public override bool Equals(object? obj) => Equals(obj as IsoPeriodModel);

    public override int GetHashCode()
    {
        int hash = Years;
        foreach (int part in new[] { Months, Weeks, Days, Hours, Minutes, Seconds })
        {
            hash = (hash * 397) ^ part;
        }

        return hash;
    }

    private static void Append(StringBuilder text, int value, char designator)
    {
        if (value != 0)
        {
            text.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(designator);
        }
    }

    private static int NonNegative(int value, string name) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "ISO 8601 duration components are non-negative.");
}

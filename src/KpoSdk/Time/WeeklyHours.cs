using System.Diagnostics.CodeAnalysis;
using KpoSdk.Knowledge.Text;
using NodaTime;

namespace KpoSdk.Time;

/// <summary>
/// The opening hours of a week, such as <c>Mon-Fri 09:00-17:00; Sat 10:00-14:00</c>, the night
/// shift <c>Mon-Fri 22:00-06:00</c>, or <c>24x7</c>. Immutable; equal when the canonical forms
/// are equal. Each range belongs to the day it starts on. To place the hours in time, give them a
/// zone in a <see cref="BusinessCalendar"/>.
/// </summary>
/// <remarks>
/// <para>Text form: clauses separated by <c>;</c>, each a list of days (<c>Mon</c>,
/// <c>Mon-Fri</c>, <c>Mon,Wed</c>, wrapping ranges such as <c>Sat-Mon</c>) and a list of ranges
/// separated by <c>,</c>. Day names are English three-letter abbreviations in any case. Times are
/// <c>H:mm</c> or <c>HH:mm</c> without seconds; <c>24:00</c> is allowed only as an end. A range
/// whose end is not after its start crosses midnight, so <c>22:00-06:00</c> is a night shift and
/// <c>00:00-00:00</c> is a whole day. Spaces and tabs may surround <c>;</c>, <c>,</c> and
/// <c>-</c>, and at least one separates the days from the hours. <c>24x7</c> (always open) and
/// <c>closed</c> (never open) stand alone.</para>
/// <para>A day may appear in several clauses; its overlapping or touching ranges merge.
/// <see cref="ToString"/> writes the canonical form: merged, ordered, days with identical hours
/// grouped (<c>Mon-Fri</c>), so <c>Parse(x.ToString()) == x</c>.</para>
/// </remarks>
public sealed partial class WeeklyHours : IEquatable<WeeklyHours>
{
    private readonly WeeklyHoursModel _model;
    private readonly WeeklyRange[] _ranges;
    private readonly string _text;

    private WeeklyHours(WeeklyHoursModel model)
    {
        _model = model;
        _text = model.ToString();
        var ranges = new List<WeeklyRange>();
        for (int day = 1; day <= 7; day++)
        {
            foreach (var range in model.On(day))
            {
                ranges.Add(new WeeklyRange((IsoDayOfWeek)day, new TimeRange(range)));
            }
        }

        _ranges = [.. ranges];
        IsAlwaysOpen = CoversWholeWeek(model);
    }

    /// <summary>Open all the time: <c>24x7</c>.</summary>
    public static WeeklyHours AlwaysOpen { get; } = new(WeeklyHoursModel.AlwaysOpen);

    /// <summary>Never open: <c>closed</c>. A calendar with these hours opens only on its dated hours overrides.</summary>
    public static WeeklyHours Closed { get; } = new(WeeklyHoursModel.Closed);

    /// <summary>Every range, ordered by day (Monday first) and then by start time.</summary>
    public IReadOnlyList<WeeklyRange> Ranges => _ranges;

    /// <summary>True when the hours have no range at all (<see cref="Closed"/>).</summary>
    public bool IsNeverOpen => _ranges.Length == 0;

    /// <summary>
    /// True when the ranges leave no minute of the week uncovered: <c>24x7</c>, or an equivalent
    /// such as <c>Mon-Sun 12:00-12:00</c>.
    /// </summary>
    public bool IsAlwaysOpen { get; }

    internal WeeklyHoursModel Model => _model;

    /// <summary>The ranges that start on <paramref name="day"/>, ordered by start time.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is <see cref="IsoDayOfWeek.None"/> or undefined.</exception>
    public IReadOnlyList<TimeRange> On(IsoDayOfWeek day)
    {
        if (day < IsoDayOfWeek.Monday || day > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "Expected a day from Monday to Sunday.");
        }

        return _model.On((int)day).Select(r => new TimeRange(r)).ToArray();
    }

    /// <summary>
    /// Parses the text form (see the remarks on <see cref="WeeklyHours"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">
    /// The text is malformed; the message quotes it, gives the 0-based position and what was
    /// expected there, e.g. <c>'Mo 09:00-17:00' is not valid weekly hours: expected a day name
    /// (Mon, Tue, Wed, Thu, Fri, Sat or Sun) at position 0, found 'Mo'. Did you mean 'Mon'?</c>
    /// </exception>
    public static WeeklyHours Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FromModel(WeeklyHoursText.Parse(text));
    }

    /// <summary>Parses the text form from a span (copied to a string to parse).</summary>
    /// <exception cref="FormatException">The text is malformed; see <see cref="Parse(string)"/>.</exception>
    public static WeeklyHours Parse(ReadOnlySpan<char> text) => FromModel(WeeklyHoursText.Parse(text.ToString()));

    /// <summary>Parses the text form; false, never an exception, when it is null or malformed.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out WeeklyHours? hours)
    {
        hours = WeeklyHoursText.TryParse(text, out var model) ? FromModel(model) : null;
        return hours is not null;
    }

    /// <summary>Parses the text form from a span; false, never an exception, when it is malformed.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out WeeklyHours? hours) =>
        TryParse(text.ToString(), out hours);

    /// <summary>The canonical text form, e.g. <c>Mon-Fri 09:00-12:00, 13:00-17:00; Sat 10:00-14:00</c>.</summary>
    public override string ToString() => _text;

    /// <summary>Equal when the two weeks have the same ranges on the same days.</summary>
    public bool Equals(WeeklyHours? other) => other is not null && _model.Equals(other._model);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WeeklyHours);

    /// <inheritdoc/>
    public override int GetHashCode() => _model.GetHashCode();

    /// <summary>True when both are null or equal.</summary>
    public static bool operator ==(WeeklyHours? left, WeeklyHours? right) => left is null ? right is null : left.Equals(right);

    /// <summary>True when exactly one is null or they differ.</summary>
    public static bool operator !=(WeeklyHours? left, WeeklyHours? right) => !(left == right);

    internal static WeeklyHours FromModel(WeeklyHoursModel model) =>
        model.Equals(WeeklyHoursModel.AlwaysOpen) ? AlwaysOpen
        : model.IsClosed ? Closed
        : new WeeklyHours(model);

    private static bool CoversWholeWeek(WeeklyHoursModel model)
    {
        // Walk the week's minutes in order; each day's ranges may reach into the next day.
        const int week = 7 * MinuteRange.MinutesPerDay;
        var starts = new List<(int Start, int End)>();
        for (int day = 1; day <= 7; day++)
        {
            int offset = (day - 1) * MinuteRange.MinutesPerDay;
            foreach (var r in model.On(day))
            {
                starts.Add((offset + r.Start, offset + r.End));
            }
        }

        if (starts.Count == 0)
        {
            return false;
        }

        // Sunday's tail covers the start of Monday.
        int wrapped = starts.Where(r => r.End > week).Select(r => r.End - week).DefaultIfEmpty(0).Max();
        int covered = wrapped;
        foreach (var (start, end) in starts.OrderBy(r => r.Start))
        {
            if (start > covered)
            {
                return false;
            }

            covered = Math.Max(covered, end);
        }

        return covered >= week;
    }
}

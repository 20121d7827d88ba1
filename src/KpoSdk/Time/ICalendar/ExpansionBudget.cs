namespace KpoSdk.Time.ICalendar;

/// <summary>
/// The work one expansion may do: the candidate dates its rules examine, whether they match or
/// not. Reading a file and each call of <see cref="HolidayCalendar.Occurrences"/> get a budget of
/// <see cref="HolidayCalendar.MaxExpansionSteps"/>, which is what bounds their time whatever the
/// rules say. Not thread-safe; one per expansion.
/// </summary>
internal sealed class ExpansionBudget(long steps)
{
    private long _remaining = steps;

    /// <summary>Takes <paramref name="steps"/> from the budget; throws <see cref="ExpansionLimitException"/> once it is spent.</summary>
    public void Spend(int steps)
    {
        _remaining -= steps;
        if (_remaining < 0)
        {
            throw new ExpansionLimitException();
        }
    }
}

/// <summary>An expansion ran out of its <see cref="ExpansionBudget"/>; the holiday calendar turns it into an <see cref="ICalendarFormatException"/> naming the event.</summary>
internal sealed class ExpansionLimitException : Exception
{
}

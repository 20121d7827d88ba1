namespace KpoSdk.Knowledge.Rules;

/// <summary>
/// A jurisdiction selector valid between two dates (both inclusive, either open): a country code,
/// a subdivision code or a group name ("@EU"), with the subdivisions it leaves out.
/// Used for group members and for the delivery jurisdictions that exempt from a rule (adequacy).
/// </summary>
internal sealed class DatedJurisdiction
{
    public DatedJurisdiction(string code, CalendarDate? from = null, CalendarDate? to = null, IReadOnlyList<string>? except = null, string? basis = null, string? note = null)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        From = from;
        To = to;
        Except = except ?? Array.Empty<string>();
        Basis = basis;
        Note = note;
    }

    public string Code { get; }

    public CalendarDate? From { get; }

    public CalendarDate? To { get; }

    /// <summary>Subdivision codes of <see cref="Code"/>'s country that the entry does not cover.</summary>
    public IReadOnlyList<string> Except { get; }

    /// <summary>The legal basis, e.g. "Commission Implementing Decision (EU) 2019/419".</summary>
    public string? Basis { get; }

    public string? Note { get; }
}

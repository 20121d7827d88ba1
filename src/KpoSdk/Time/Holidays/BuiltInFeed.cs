using KpoSdk.Knowledge.Holidays;
using NodaTime;

namespace KpoSdk.Time.Holidays;

/// <summary>The built-in holidays of one jurisdiction, from the rule engine of KpoSdk.Knowledge.</summary>
internal sealed class BuiltInFeed(Jurisdiction jurisdiction, HolidaySet set) : HolidayFeed
{
    public Jurisdiction Jurisdiction { get; } = jurisdiction;

    public HolidaySet Set { get; } = set;

    public override LocalDate KnownFrom(bool includeOptional) => new(Set.KnownFrom(includeOptional), 1, 1);

    public override LocalDate KnownThrough(bool includeOptional) => new(Set.KnownThrough(includeOptional), 12, 31);

    public override void AddYear(int year, bool includeOptional, List<Holiday> holidays)
    {
        if (year < HolidayYears.First || year > HolidayYears.Last)
        {
            return;
        }

        foreach (var occurrence in Set.Compute(year, includeOptional).Occurrences)
        {
            var date = occurrence.Date;
            holidays.Add(new Holiday(new LocalDate(date.Year, date.Month, date.Day), occurrence.Name));
        }
    }

    public override IReadOnlyList<string> UnknownIn(int year, bool includeOptional) =>
        year < HolidayYears.First || year > HolidayYears.Last
            ? [$"every holiday (the built-in data covers {HolidayYears.First} to {HolidayYears.Last})"]
            : [.. Set.Compute(year, includeOptional).Unknown.Select(d => d.Name)];

    public override string Describe() =>
        Set.Code == Jurisdiction.Code ? $"{Jurisdiction.Code} public holidays" : $"{Jurisdiction.Code} public holidays (those of {Set.Code})";
}

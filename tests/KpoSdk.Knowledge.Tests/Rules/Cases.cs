using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Rules;

namespace KpoSdk.Knowledge.Tests.Rules;

/// <summary>Short helpers for writing rule cases: parsed jurisdictions, dates and the keys a case breaks.</summary>
internal static class Cases
{
    public static JurisdictionId J(string code) =>
        Jurisdictions.TryParse(code, out var id) ? id : throw new ArgumentException($"Test data: '{code}' is not a jurisdiction.");

    public static CalendarDate D(string date) => CalendarDate.Parse(date);

    public static CalendarDate AddDays(CalendarDate date, int days)
    {
        var shifted = new DateTime(date.Year, date.Month, date.Day).AddDays(days);
        return new CalendarDate(shifted.Year, shifted.Month, shifted.Day);
    }

    public static string[] Keys(ServiceLine service, string client, string delivery, string date, params Safeguard[] safeguards) =>
        Keys(RuleSet.Default, service, client, delivery, D(date), safeguards);

    public static string[] Keys(RuleSet rules, ServiceLine service, string client, string delivery, CalendarDate date, params Safeguard[] safeguards) =>
        rules.Evaluate(service, J(client), J(delivery), date, SafeguardSet.Of(safeguards)).Select(v => v.Key).ToArray();
}

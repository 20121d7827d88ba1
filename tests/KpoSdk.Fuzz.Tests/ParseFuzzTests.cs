using KpoSdk.Fuzz.Tests.Gens;
using KpoSdk.Time;

namespace KpoSdk.Fuzz.Tests;

/// <summary>
/// Every public Parse: FormatException (ArgumentException for an unknown zone) and nothing else,
/// TryParse never throws and agrees with Parse, and a parsed value formats to text that parses to
/// the same value.
/// </summary>
public sealed class ParseFuzzTests
{
    [Fact]
    public void Codes_parse_or_throw_FormatException()
    {
        FuzzBudget.Run(HostileText.For(" ", "US", "USA", "840", "US-NY", "IN-MH", "UA-43", "en", "fil", "eng"), text =>
        {
            Check(text, Country.Parse, t => (Country.TryParse(t, out var c), c), c => c.Alpha2);
            Check(text, Jurisdiction.Parse, t => (Jurisdiction.TryParse(t, out var j), j), j => j.Code);
            Check(text, Language.Parse, t => (Language.TryParse(t, out var l), l), l => l.Code);
        }, Show);
    }

    [Fact]
    public void Language_requirements_and_skills_parse_or_throw_FormatException()
    {
        FuzzBudget.Run(HostileText.For(",", "en:C1", "de:B2", "fil:A1", "EN:c2"), text =>
        {
            Check(text, LanguageRequirement.Parse, t => (LanguageRequirement.TryParse(t, out var r), r), r => r.ToString());
            Check(text, LanguageSkill.Parse, t => (LanguageSkill.TryParse(t, out var s), s), s => s.ToString());
        }, Show);
    }

    [Fact]
    public void Weekly_hours_and_overrides_parse_or_throw_FormatException()
    {
        FuzzBudget.Run(HostileText.For("; ", "Mon-Fri 09:00-17:00", "Mon,Wed 22:00-06:00", "Sat 10:00-14:00, 15:00-16:00", "24x7", "closed", "Sun-Sat 00:00-24:00"), text =>
        {
            Check(text, WeeklyHours.Parse, t => (WeeklyHours.TryParse(t, out var h), h!), h => h.ToString());
            Documented.Call($"HoursOverride.Parse({Show(text)})", () => HoursOverride.Parse("2025-12-24 " + text), typeof(FormatException));
            Documented.Call($"HoursOverride.Parse({Show(text)})", () => HoursOverride.Parse(text), typeof(FormatException));
            Documented.Call($"BusinessCalendar.Create({Show(text)})", () => BusinessCalendar.Create(text, text), typeof(FormatException), typeof(ArgumentException));
        }, Show);
    }

    private static void Check<T>(string text, Func<string, T> parse, Func<string, (bool Ok, T Value)> tryParse, Func<T, string> format)
    {
        T? parsed = default;
        bool ok = Documented.Call($"{typeof(T).Name}.Parse({Show(text)})", () => parsed = parse(text), typeof(FormatException));
        (bool Ok, T Value) tried = default;
        Documented.NeverThrows($"{typeof(T).Name}.TryParse({Show(text)})", () => tried = tryParse(text));
        Assert.True(ok == tried.Ok, $"{typeof(T).Name}: Parse and TryParse disagree on {Show(text)}");
        if (ok)
        {
            Assert.Equal(parsed, tried.Value);
            Assert.Equal(parsed, parse(format(parsed!)));
        }
    }

    internal static string Show(string text) => text.Length <= 60 ? $"'{text}'" : $"'{text[..60]}…' ({text.Length} characters)";
}

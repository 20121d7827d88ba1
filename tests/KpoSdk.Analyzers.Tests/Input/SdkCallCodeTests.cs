using KpoSdk.Analyzers.Tests.Infrastructure;
using Verify = KpoSdk.Analyzers.Tests.Infrastructure.Verifier<KpoSdk.Analyzers.Analyzers.SdkCallAnalyzer>;

namespace KpoSdk.Analyzers.Tests.Input;

public sealed class SdkCallCodeTests
{
    [Fact]
    public Task Constant_country_jurisdiction_and_language_arguments_are_checked() => Verify.VerifyAsync(Sources.Usings + """
        static class Uses
        {
            static void M()
            {
                Country.Parse("{|KPO0001:UK|}");
                Country.Parse("{|KPO0001:US-NY|}");
                Jurisdiction.Parse("{|KPO0001:USA-NY|}");
                Language.Parse("{|KPO0003:jp|}");
            }
        }
        """);

    [Fact]
    public Task Valid_and_non_constant_arguments_are_clean() => Verify.VerifyAsync(Sources.Usings + """
        static class Uses
        {
            static void M(string input)
            {
                Country.Parse("GB");
                Country.Parse("gbr");
                Country.Parse(input);
                Jurisdiction.Parse("US-NY");
                Language.Parse("ger");
                Language.Parse(input);
                WeeklyHours.Parse("Mon-Fri 09:00-17:00");
                BusinessCalendar.Create("Asia/Kolkata", "Sun-Fri 10:00-19:00");
                BusinessCalendar.ForCountry(Country.IN, "Asia/Kolkata");
                BusinessCalendar.Create(input, input);
            }
        }
        """);

    [Fact]
    public Task Zone_ids_and_hours_given_to_calendar_factories_are_checked() => Verify.VerifyAsync(Sources.Usings + """
        static class Uses
        {
            static void M()
            {
                WeeklyHours.Parse("Mon-Fri 09:00-{|KPO0005:25:00|}");
                BusinessCalendar.Create("{|KPO0002:America/NewYork|}", "Mon-{|KPO0005:Fry|} 09:00-17:00");
                BusinessCalendar.Create("{|KPO0002:america/new_york|}", WeeklyHours.AlwaysOpen);
                BusinessCalendar.ForCountry(Country.IN, "{|KPO0002:Asia/Calcuta|}");
                BusinessCalendar.ForCountry(Country.IN, "{|KPO2001:Europe/London|}");
            }
        }
        """);

    [Fact]
    public Task The_language_of_a_requirement_and_the_hours_of_a_calendar_exception_are_checked() => Verify.VerifyAsync(Sources.Usings + """
        static class Uses
        {
            static void M(string input)
            {
                LanguageRequirement.Parse("{|KPO0003:jp|}:C1");
                LanguageRequirement.Parse("en:C1");
                LanguageRequirement.Parse("de");
                LanguageRequirement.Parse(input);
                KpoSdk.Time.HoursOverride.Open(new NodaTime.LocalDate(2027, 12, 24), "09:00-12:{|KPO0005:70|}");
                KpoSdk.Time.HoursOverride.Open(new NodaTime.LocalDate(2027, 12, 24), "{|KPO0005:noon|}");
                KpoSdk.Time.HoursOverride.Open(new NodaTime.LocalDate(2027, 12, 24), "09:00-12:00, 13:00-15:00");
                KpoSdk.Time.HoursOverride.Open(new NodaTime.LocalDate(2027, 12, 31), "closed");
                KpoSdk.Time.HoursOverride.Open(new NodaTime.LocalDate(2027, 12, 31), input);
            }
        }
        """);
}

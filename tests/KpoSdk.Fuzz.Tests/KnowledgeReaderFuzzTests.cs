using KpoSdk.Fuzz.Tests.Gens;
using KpoSdk.Knowledge.Json;
using KpoSdk.Knowledge.Rules;
using KpoSdk.Knowledge.Rules.Overlay;
using KpoSdk.Knowledge.Text;

namespace KpoSdk.Fuzz.Tests;

/// <summary>
/// The readers the analyzers and the generator run inside the compiler (the attributes' text
/// forms and kpo.rules.json): they report errors as values and must never throw, whatever the
/// text, since an exception there becomes a crashed analyzer.
/// </summary>
public sealed class KnowledgeReaderFuzzTests
{
    [Fact]
    public void Attribute_text_readers_never_throw()
    {
        FuzzBudget.Run(HostileText.For(" ", "PT4H", "P3D", "P1W", "P1DT4H", "09:00", "24:00", "09:00-12:00, 13:00-17:00", "US-NY, CA", "IN PH", "Mon-Fri 09:00-17:00"), text =>
        {
            Documented.NeverThrows("IsoPeriodText", () => IsoPeriodText.Read(text));
            Documented.NeverThrows("TargetAmountText", () => TargetAmountText.Read(text));
            Documented.NeverThrows("ClockTimeText", () => ClockTimeText.Read(text, allowEndOfDay: true));
            Documented.NeverThrows("DayHoursText", () => DayHoursText.Read(text));
            Documented.NeverThrows("JurisdictionListText", () => JurisdictionListText.Read(text));
            Documented.NeverThrows("WeeklyHoursText", () => WeeklyHoursText.Read(text));
        }, ParseFuzzTests.Show);
    }

    [Fact]
    public void The_rules_overlay_reader_never_throws()
    {
        const string Overlay = """{"rules": [{"key": "acme-x", "ruleId": "KPO1001", "kind": "Embargo", "severity": "Error", "title": "t", "message": "m", "citation": "c", "scope": {"services": ["all"], "routes": [{"clients": ["*"], "deliveries": ["RU"]}]}}], "disable": ["us-ofac-iran"]}""";
        FuzzBudget.Run(HostileText.For(",", Overlay, "{}", "[]", "{\"rules\": []}"), text =>
        {
            Documented.NeverThrows("JsonReader", () => JsonReader.Read(text));
            Documented.NeverThrows("RuleOverlayReader", () => RuleOverlayReader.Apply(RuleSet.Default, text));
        }, ParseFuzzTests.Show);
    }
}

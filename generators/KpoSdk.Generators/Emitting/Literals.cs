using System.Globalization;
using System.Text;
using KpoSdk.Generators.Models;

namespace KpoSdk.Generators.Emitting;

/// <summary>C# expressions and documentation text for parsed values, culture-invariant.</summary>
internal static class Literals
{
    private static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A string literal; the values quoted are validated codes, but escape anyway.</summary>
    public static string String(string value)
    {
        var text = new StringBuilder("\"");
        foreach (char c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    /// <summary>A whole country by its <c>Country</c> member; a subdivision through its canonical code, checked when the contract was compiled.</summary>
    public static string Jurisdiction(JurisdictionModel jurisdiction) =>
        jurisdiction.IsSubdivision
            ? "global::KpoSdk.Jurisdiction.Parse(" + String(jurisdiction.Code) + ")"
            : "global::KpoSdk.Country." + jurisdiction.Code;

    public static string Day(int isoDay) => "global::NodaTime.IsoDayOfWeek." + DayNames[isoDay - 1];

    public static string Time(int minuteOfDay) =>
        minuteOfDay == 0
            ? "global::NodaTime.LocalTime.Midnight"
            : "new global::NodaTime.LocalTime(" + Number(minuteOfDay / 60) + ", " + Number(minuteOfDay % 60) + ")";

    /// <summary>A duration in the largest unit that divides it exactly: <c>Duration.FromHours(4)</c>, not 14400 seconds.</summary>
    public static string Duration(long seconds) =>
        seconds % 3600 == 0 ? "global::NodaTime.Duration.FromHours(" + Number(seconds / 3600) + ")"
        : seconds % 60 == 0 ? "global::NodaTime.Duration.FromMinutes(" + Number(seconds / 60) + ")"
        : "global::NodaTime.Duration.FromSeconds(" + Number(seconds) + ")";

    /// <summary>Text for an XML documentation comment.</summary>
    public static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}

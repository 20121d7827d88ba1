namespace KpoSdk.Tests.Holidays;

/// <summary>The .ics files beside the tests, copied to the output directory.</summary>
internal static class Fixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Holidays", "Fixtures", name);

    public static Stream Open(string name) => File.OpenRead(PathOf(name));

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    /// <summary>A VCALENDAR around <paramref name="body"/> (LF line ends), with the body starting on line 3.</summary>
    public static string Calendar(string body) => "BEGIN:VCALENDAR\nVERSION:2.0\n" + body + "END:VCALENDAR\n";
}

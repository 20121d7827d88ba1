using KpoSdk.Documents;
using KpoSdk.Serialization;
using NodaTime;
using NodaTime.Text;

namespace KpoSdk.Cli.Commands;

/// <summary>Reading the arguments every command shares: dates, instants and documents.</summary>
internal static class Inputs
{
    /// <summary>With seconds (and fractions), or to the minute; the offset as +hh:mm, +hh or Z.</summary>
    private static readonly OffsetDateTimePattern[] s_instants =
    [
        OffsetDateTimePattern.ExtendedIso,
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    /// <summary>A <c>yyyy-MM-dd</c> date; null gives today's date in UTC.</summary>
    public static LocalDate Date(string? text, string option)
    {
        if (text is null)
        {
            return SystemClock.Instance.GetCurrentInstant().InUtc().Date;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new UsageException($"{option} '{Cut(text)}' is not a date; expected yyyy-MM-dd, e.g. 2026-03-02.");
    }

    /// <summary>An ISO 8601 instant with an offset or Z, e.g. <c>2026-03-06T15:00:00-05:00</c>.</summary>
    public static Instant Instant(string text, string option)
    {
        foreach (var pattern in s_instants)
        {
            var parsed = pattern.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value.ToInstant();
            }
        }

        throw new UsageException($"{option} '{Cut(text)}' is not an instant; expected an ISO 8601 date and time with an offset, e.g. 2026-03-06T15:00-05:00 or 2026-03-06T20:00Z.");
    }

    /// <summary>Reads an agreement document from a file, with its problems as usage errors.</summary>
    public static ServiceAgreement Agreement(string path, JsonLimits? limits = null)
    {
        var document = Document(path, limits);
        return document.Agreement ?? throw new UsageException($"{path}: the document is a {document.Kind.ToString().ToLowerInvariant()}, not an agreement.");
    }

    /// <summary>Reads a document of any kind from a file, with its problems as usage errors.</summary>
    public static KpoDocument Document(string path, JsonLimits? limits = null)
    {
        byte[] bytes = Bytes(path);
        try
        {
            return KpoDocument.Read(bytes, limits);
        }
        catch (JsonDocumentException ex)
        {
            throw new UsageException($"{path}: {ex.Message}");
        }
    }

    /// <summary>The bytes of a file, or a usage error that names it.</summary>
    public static byte[] Bytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read '{Cut(path)}': {ex.Message}");
        }
    }

    /// <summary>A bounded prefix of user input for messages.</summary>
    public static string Cut(string text) => text.Length <= 80 ? text : text[..77] + "...";
}

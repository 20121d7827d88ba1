using System.Text.Json;
using KpoSdk.Knowledge.Codes;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;
using Noda = NodaTime.Serialization.SystemTextJson.NodaConverters;

namespace KpoSdk.Serialization;

/// <summary>Writes a time zone as its IANA ID (<c>"Asia/Kolkata"</c>); reads any TZDB ID and suggests close ones for an unknown ID.</summary>
internal sealed class DateTimeZoneConverter : TextConverter<DateTimeZone>
{
    protected override string Expected => "an IANA time-zone ID such as 'Europe/Berlin'";

    protected override DateTimeZone Parse(string text)
    {
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(text) is { } zone)
        {
            return zone;
        }

        // The knowledge base's suggestions, the same the analyzers make.
        var closest = TimeZoneIds.Closest(text, 3);
        throw new FormatException(closest.Count == 0
            ? $"TZDB {TzdbDateTimeZoneSource.Default.TzdbVersion} has no such zone, and no known ID is close to it."
            : $"TZDB {TzdbDateTimeZoneSource.Default.TzdbVersion} has no such zone. Did you mean {string.Join(", ", closest.Select(c => "'" + c + "'"))}?");
    }

    protected override string Format(DateTimeZone value) => value.Id;
}

/// <summary>
/// A date as ISO 8601 <c>"2026-01-31"</c>, through NodaTime.Serialization's converter, with its
/// errors turned into <see cref="JsonException"/>s that quote the value.
/// </summary>
internal sealed class LocalDateConverter : TextConverter<LocalDate>
{
    protected override string Expected => "an ISO 8601 date such as '2026-01-31'";

    protected override LocalDate Parse(string text) => NodaText.ReadDate(text);

    protected override string Format(LocalDate value) => NodaText.Write(Noda.LocalDateConverter, value);
}

/// <summary>
/// A date interval as ISO 8601 <c>"2026-01-01/2026-12-31"</c>, both ends included, through
/// NodaTime.Serialization's converter.
/// </summary>
internal sealed class DateIntervalConverter : TextConverter<DateInterval>
{
    protected override string Expected => "an ISO 8601 date interval such as '2026-01-01/2026-12-31' (both days included)";

    protected override DateInterval Parse(string text)
    {
        // Checked here first for messages that say which part is wrong; the package's converter then reads it.
        string[] parts = text.Split('/');
        if (parts.Length != 2)
        {
            throw new FormatException("expected two ISO 8601 dates separated by '/'.");
        }

        var start = NodaText.ReadDate(parts[0]);
        var end = NodaText.ReadDate(parts[1]);
        return end >= start
            ? new DateInterval(start, end)
            : throw new FormatException($"the last day {parts[1]} is before the first day {parts[0]}.");
    }

    protected override string Format(DateInterval value) => NodaText.Write(Noda.IsoDateIntervalConverter, value);
}

/// <summary>Dates read with the pattern NodaTime.Serialization's converters use, and values written through those converters.</summary>
internal static class NodaText
{
    private static readonly JsonSerializerOptions s_options = new();

    /// <summary>
    /// An ISO date, read with <see cref="LocalDatePattern.Iso"/> as NodaTime.Serialization's
    /// <c>LocalDateConverter</c> reads it (the same value, the same <see cref="UnparsableValueException"/>),
    /// without the JSON writer and buffer that running the converter on one string took: a
    /// 10,000-service agreement read about 40,000 dates that way.
    /// </summary>
    public static LocalDate ReadDate(string text) => LocalDatePattern.Iso.Parse(text).Value;

    public static string Write<T>(System.Text.Json.Serialization.JsonConverter<T> converter, T value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, s_options);
        }

        var reader = new Utf8JsonReader(buffer.ToArray());
        reader.Read();
        return reader.GetString()!;
    }
}

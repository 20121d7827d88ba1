using KpoSdk.Fuzz.Tests.Gens;
using KpoSdk.Serialization;
using NodaTime;

namespace KpoSdk.Fuzz.Tests;

/// <summary>
/// The JSON readers: a JsonDocumentException or a document; a document that reads writes back
/// (or the writer says which limit it breaks) and reads back equal; an agreement that reads
/// validates without throwing.
/// </summary>
public sealed class JsonFuzzTests
{
    [Fact]
    public void Documents_read_or_throw_JsonDocumentException_and_what_reads_round_trips()
    {
        FuzzBudget.Run(JsonDocuments.Any, input =>
        {
            var (kind, json) = input;
            object? read = null;
            if (!Documented.Call($"read {kind}", () => read = Read(kind, json), typeof(JsonDocumentException)))
            {
                return;
            }

            string? written = null;
            if (!Documented.Call($"write {kind}", () => written = Write(read!), typeof(JsonDocumentException)))
            {
                return;
            }

            object? again = null;
            Documented.NeverThrows($"read back {kind}", () => again = Read(kind, System.Text.Encoding.UTF8.GetBytes(written!)));
            Assert.Equal(read, again);
            if (read is ServiceAgreement agreement)
            {
                Documented.NeverThrows("Validate", () => agreement.Validate(new LocalDate(2026, 3, 2)));
                Documented.NeverThrows("Validate at the end of the range", () => agreement.Validate(new LocalDate(9999, 12, 31)));
            }
        }, input => $"{input.Kind}: {System.Text.Encoding.UTF8.GetString(input.Json[..Math.Min(input.Json.Length, 300)])}");
    }

    private static object Read(JsonDocuments.Kind kind, byte[] json) => kind switch
    {
        JsonDocuments.Kind.Catalog => KpoJson.ReadProvider(json),
        JsonDocuments.Kind.Roster => KpoJson.ReadRoster(json),
        _ => KpoJson.ReadAgreement(json),
    };

    private static string Write(object document) => document switch
    {
        Provider provider => KpoJson.Serialize(provider),
        Roster roster => KpoJson.Serialize(roster),
        _ => KpoJson.Serialize((ServiceAgreement)document),
    };
}

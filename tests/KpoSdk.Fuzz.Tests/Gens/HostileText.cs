using CsCheck;

namespace KpoSdk.Fuzz.Tests.Gens;

/// <summary>
/// Text a parser may be handed: random characters weighted towards the ones its grammar cares
/// about, control characters, lone surrogates and look-alikes; valid examples with a character
/// changed; and valid pieces repeated thousands of times, which is how quadratic costs show.
/// </summary>
internal static class HostileText
{
    private static readonly Gen<char> Character = Gen.Frequency(
        (6, Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"]),
        (3, Gen.OneOf(' ', '-', ':', ',', ';', '\t', '.', '/', '+', '*', '@', '=', '"', '\'', '\\')),
        (1, Gen.OneOf('\0', '\n', '\r', '\uFEFF', '\u00A0', '\u2013', 'é', 'İ', 'ı', 'ß', '\uD800', '\uDC00')),
        (1, Gen.Char));

    private static readonly Gen<string> Random = Character.Array[0, 40].Select(c => new string(c));

    /// <summary>Valid inputs changed at one place: a character replaced, inserted or removed, or the text cut.</summary>
    public static Gen<string> Mutated(params string[] valid) =>
        Gen.Select(Gen.OneOf(valid), Gen.Int[0, 3], Gen.Int[0, 1000], Character).Select((text, op, at, c) =>
        {
            int i = text.Length == 0 ? 0 : at % (text.Length + 1);
            return op switch
            {
                0 when i < text.Length => text[..i] + c + text[(i + 1)..],
                1 => text[..i] + c + text[i..],
                2 when i < text.Length => text[..i] + text[(i + 1)..],
                _ => text[..i],
            };
        });

    /// <summary>A valid piece repeated up to 30,000 times around a separator, optionally broken at the end.</summary>
    public static Gen<string> Repeated(string separator, params string[] pieces) =>
        Gen.Select(Gen.OneOf(pieces), Gen.Int[1, 30_000], Gen.Bool, Random).Select((piece, count, broken, tail) =>
            string.Join(separator, Enumerable.Repeat(piece, count)) + (broken ? tail : string.Empty));

    /// <summary>All of the above, for a parser whose valid inputs are <paramref name="valid"/>.</summary>
    public static Gen<string> For(string separator, params string[] valid) => Gen.Frequency(
        (4, Random),
        (4, Mutated(valid)),
        (1, Repeated(separator, valid)),
        (1, Gen.Int[1, 1_000_000].Select(n => new string('x', n))));
}

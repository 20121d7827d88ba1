using System.Text;
using System.Text.RegularExpressions;
using CsCheck;

namespace KpoSdk.Fuzz.Tests.Gens;

/// <summary>
/// Documents derived from the checked-in examples: a value replaced by one of another type or an
/// extreme one, a property removed, a list item repeated thousands of times, bytes that are not
/// UTF-8, a byte order mark, a cut, deep nesting.
/// </summary>
internal static partial class JsonDocuments
{
    public enum Kind
    {
        Catalog,
        Roster,
        Agreement,
    }

    private static readonly Dictionary<Kind, string[]> Seeds = new()
    {
        [Kind.Catalog] = [Seed("catalog.json")],
        [Kind.Roster] = [Seed("roster.json")],
        [Kind.Agreement] = [Seed("agreement-new-york-tax.json"), Seed("agreement-german-payroll.json")],
    };

    /// <summary>Bytes that make UTF-8 invalid where they land: a stray continuation, a lead without its tail, an encoded surrogate half.</summary>
    private static readonly byte[] BadBytes = [0xFF, 0xC3, 0x28, 0xED, 0xA0, 0x80];

    private static readonly Gen<string> Replacement = Gen.Frequency(
        (3, Gen.OneOf("1", "-1", "1e999", "0.5", "null", "true", "{}", "[]", "\"\"", "\" \"", "[null]", "[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]")),
        (3, Gen.OneOf("\"\\uD800\"", "\"\\uDC00x\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"0001-01-01/9999-12-31\"", "\"9999-12-01/9999-12-31\"", "\"24x7\"", "\"closed\"", "\"Pacific/Apia\"", "\"Nowhere/Land\"", "\"XX\"", "\"US-XX\"", "\"en:Z9\"", "\"UsEnrolledAgent\"", "\"Payroll\"")),
        (2, HostileText.For(" ", "Mon-Fri 09:00-17:00", "US-NY", "en:C1", "2026-01-01").Select(t => "\"" + t.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")));

    public static Gen<(Kind Kind, byte[] Json)> Any { get; } =
        Gen.Select(Gen.Enum<Kind>(), Gen.Int[0, 1], Gen.Int[0, 9], Gen.Int[0, int.MaxValue], Replacement, Gen.Int[2, 3_000])
            .Select((kind, which, op, at, replacement, count) =>
            {
                var seeds = Seeds[kind];
                string text = seeds[which % seeds.Length];
                return (kind, op switch
                {
                    0 or 1 or 2 => Utf8(ReplaceValue(text, at, replacement)),
                    3 => Utf8(RemoveProperty(text, at)),
                    4 => Utf8(RepeatItem(text, at, count)),
                    5 => InsertBytes(Utf8(text), at, BadBytes[(at / 7) % BadBytes.Length]),
                    6 => [0xEF, 0xBB, 0xBF, .. Utf8(text)],
                    7 => Utf8(text[..(at % text.Length)]),
                    8 => Utf8(ReplaceValue(text, at, new string('[', count) + new string(']', count))),
                    _ => Utf8(text),
                });
            });

    private static string Seed(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", name));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string ReplaceValue(string text, int at, string replacement)
    {
        var values = Value().Matches(text);
        var value = values[at % values.Count].Groups[1];
        return text[..value.Index] + replacement + text[(value.Index + value.Length)..];
    }

    private static string RemoveProperty(string text, int at)
    {
        var lines = text.Split('\n').ToList();
        var candidates = lines.Select((l, i) => (l, i)).Where(x => x.l.TrimStart().StartsWith('"') && x.l.Contains("\": \"", StringComparison.Ordinal)).ToList();
        var (line, index) = candidates[at % candidates.Count];
        lines.RemoveAt(index);
        if (line.TrimEnd().EndsWith(',') is false && index > 0)
        {
            lines[index - 1] = lines[index - 1].TrimEnd().TrimEnd(',');
        }

        return string.Join('\n', lines);
    }

    /// <summary>Repeats the first item of a list of objects <paramref name="count"/> times (services, staff, centres).</summary>
    private static string RepeatItem(string text, int at, int count)
    {
        var lists = ObjectList().Matches(text);
        var list = lists[at % lists.Count];
        int open = list.Index + list.Length - 1;
        int depth = 0;
        int end = open;
        for (int i = open; i < text.Length; i++)
        {
            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (depth == 0)
            {
                end = i;
                break;
            }
        }

        string item = text[open..(end + 1)];
        return text[..open] + string.Join(",", Enumerable.Repeat(item, count)) + "," + text[open..];
    }

    private static byte[] InsertBytes(byte[] json, int at, byte value)
    {
        int i = at % json.Length;
        return [.. json[..i], value, .. json[i..]];
    }

    [GeneratedRegex(@": (""(?:[^""\\]|\\.)*""|-?\d+|true|false|null)")]
    private static partial Regex Value();

    [GeneratedRegex(@"\[\s*\{")]
    private static partial Regex ObjectList();
}

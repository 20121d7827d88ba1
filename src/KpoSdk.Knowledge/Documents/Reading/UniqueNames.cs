using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Json;

namespace KpoSdk.Documents.Reading;

/// <summary>Names that must be unique in a list (centre names, shift names within a centre, staff IDs), as the runtime's reader requires.</summary>
internal static class UniqueNames
{
    /// <summary>Reports each item of <paramref name="list"/> whose <paramref name="property"/> repeats an earlier one's.</summary>
    public static void Check(ReadContext context, JsonValue? list, string property, string what)
    {
        if (list is not { Kind: JsonKind.Array })
        {
            return;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < list.Items.Count; i++)
        {
            if (Find(list.Items[i], property) is not { Kind: JsonKind.String } value || string.IsNullOrWhiteSpace(value.Text))
            {
                continue;
            }

            if (seen.TryGetValue(value.Text!, out int first))
            {
                context.Report(DiagnosticIds.MalformedDocument, value, $"The {what} {InputText.Quote(value.Text!)} is used twice, also at {context.PathOf(list)}[{first}]; it must be unique.");
            }
            else
            {
                seen.Add(value.Text!, i);
            }
        }
    }

    private static JsonValue? Find(JsonValue item, string property)
    {
        foreach (var candidate in item.Properties)
        {
            if (candidate.NameText == property)
            {
                return candidate.Value;
            }
        }

        return null;
    }
}

using KpoSdk.Knowledge.Json;

namespace KpoSdk.Documents;

/// <summary>
/// Finds the value a finding's path names in a document read with its positions:
/// <c>$.services[0].team[1].languages</c>, <c>services[0].centers[1]</c> (the <c>$.</c> is
/// optional) or <c>$.staff[2]['odd name']</c>. A path into a property the document leaves out
/// (an optional list that is absent) stops at the deepest value that exists, so every finding
/// still points into the document.
/// </summary>
internal static class JsonPathLocator
{
    /// <summary>The value at <paramref name="path"/>, or its deepest existing ancestor; <paramref name="exact"/> says which.</summary>
    public static JsonValue Locate(JsonValue root, string path, out bool exact)
    {
        var current = root;
        int i = path.StartsWith("$", StringComparison.Ordinal) ? 1 : 0;
        exact = true;
        while (i < path.Length)
        {
            JsonValue? next;
            if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                int end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }

                next = Property(current, path.Substring(i + 2, end - i - 2).Replace("\\'", "'"));
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                int end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.Substring(i + 1, end - i - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index))
                {
                    break;
                }

                next = current.Kind == JsonKind.Array && index < current.Items.Count ? current.Items[index] : null;
                i = end + 1;
            }
            else
            {
                int start = path[i] == '.' ? i + 1 : i;
                int end = path.IndexOfAny(['.', '['], start);
                end = end < 0 ? path.Length : end;
                next = Property(current, path.Substring(start, end - start));
                i = end;
            }

            if (next is null)
            {
                exact = false;
                return current;
            }

            current = next;
        }

        exact = i >= path.Length;
        return current;
    }

    private static JsonValue? Property(JsonValue value, string name)
    {
        foreach (var property in value.Properties)
        {
            if (property.NameText == name)
            {
                return property.Value;
            }
        }

        return null;
    }
}

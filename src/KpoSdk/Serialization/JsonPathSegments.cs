using System.Globalization;

namespace KpoSdk.Serialization;

/// <summary>
/// The steps of a System.Text.Json error path (<c>$.services[0].team[1]['odd name']</c>): property
/// names and array indexes, in order. Shared by the lookups that quote the value at a path and name
/// the type expected there.
/// </summary>
internal static class JsonPathSegments
{
    /// <summary>The steps of <paramref name="path"/>, or null when it is not a path this reader understands.</summary>
    public static List<(string? Name, int Index)>? Parse(string? path)
    {
        if (path is null || !path.StartsWith('$'))
        {
            return null;
        }

        var steps = new List<(string? Name, int Index)>();
        int i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                steps.Add((path[(i + 1)..end], -1));
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                int end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return null;
                }

                steps.Add((path[(i + 2)..end].Replace("\\'", "'", StringComparison.Ordinal), -1));
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                int end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
                {
                    return null;
                }

                steps.Add((null, index));
                i = end + 1;
            }
            else
            {
                return null;
            }
        }

        return steps;
    }
}

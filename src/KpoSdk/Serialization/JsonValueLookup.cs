using System.Text.Json;
using System.Text.Json.Nodes;

namespace KpoSdk.Serialization;

/// <summary>
/// Finds the value at a System.Text.Json error path (<c>$.services[0].team[1]['odd name']</c>) in a
/// document already known to be well-formed, so that messages about values the serializer rejects
/// itself (a number where a string belongs) can quote them.
/// </summary>
internal static class JsonValueLookup
{
    /// <summary>Whether the message already quotes the value: as JSON, or a string's content in single quotes.</summary>
    public static bool IsQuotedIn(string jsonValue, string message) =>
        message.Contains(jsonValue, StringComparison.Ordinal)
        || (jsonValue.Length >= 2 && jsonValue[0] == '"' && message.Contains($"'{jsonValue[1..^1]}'", StringComparison.Ordinal));

    public static string? Find(ReadOnlySpan<byte> json, string? path)
    {
        if (path is null || !path.StartsWith('$'))
        {
            return null;
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }

        int i = 1;
        while (i < path.Length && node is not null)
        {
            if (path[i] == '.')
            {
                int end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                node = (node as JsonObject)?[path[(i + 1)..end]];
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                int end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return null;
                }

                node = (node as JsonObject)?[path[(i + 2)..end].Replace("\\'", "'", StringComparison.Ordinal)];
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                int end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index))
                {
                    return null;
                }

                node = node is JsonArray array && index < array.Count ? array[index] : null;
                i = end + 1;
            }
            else
            {
                return null;
            }
        }

        if (node is null)
        {
            return null;
        }

        string text = node.ToJsonString();
        return text.Length <= 200 ? text : text[..197] + "...";
    }
}

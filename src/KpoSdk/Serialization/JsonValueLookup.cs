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
        if (JsonPathSegments.Parse(path) is not { } steps)
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

        foreach (var (name, index) in steps)
        {
            node = name is not null
                ? (node as JsonObject)?[name]
                : node is JsonArray array && index < array.Count ? array[index] : null;
            if (node is null)
            {
                return null;
            }
        }

        if (node is null)
        {
            return null;
        }

        try
        {
            string text = node.ToJsonString();
            return text.Length <= 200 ? text : text[..197] + "...";
        }
        catch (InvalidOperationException)
        {
            // A string holding a lone surrogate escape (\uD800): System.Text.Json reads it but cannot
            // write it back; the message then goes without the value.
            return null;
        }
    }
}

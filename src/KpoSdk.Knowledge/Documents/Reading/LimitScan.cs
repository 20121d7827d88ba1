using KpoSdk.Knowledge.Json;

namespace KpoSdk.Documents.Reading;

/// <summary>
/// The first place, in document order, where a document exceeds its <see cref="DocumentLimits"/>
/// (as the runtime's <c>JsonLimits</c> scan finds it): a nesting too deep, a string or property
/// name too long, a list too long. Reported once; the document is then not read further.
/// </summary>
internal static class LimitScan
{
    public static DocumentProblem? FirstExcess(JsonValue root, DocumentLimits limits) =>
        Visit(root, 0, limits) is { } excess ? Excess(root, excess.At, excess.What) : null;

    // The reader bounds nesting (JsonReader.MaxDepth), so the recursion is bounded too.
    private static (JsonValue At, string What)? Visit(JsonValue value, int depth, DocumentLimits limits)
    {
        switch (value.Kind)
        {
            case JsonKind.String when value.Text!.Length > limits.MaxStringLength:
                return (value, $"A string of {value.Text.Length} characters exceeds the limit of {limits.MaxStringLength}");
            case JsonKind.Object or JsonKind.Array when depth >= limits.MaxDepth:
                return (value, $"Nesting deeper than {limits.MaxDepth} levels exceeds the limit");
            case JsonKind.Array when value.Items.Count > limits.MaxArrayLength:
                return (value.Items[limits.MaxArrayLength], $"The list has more than {limits.MaxArrayLength} items, which exceeds the limit");
        }

        foreach (var item in value.Items)
        {
            if (Visit(item, depth + 1, limits) is { } excess)
            {
                return excess;
            }
        }

        foreach (var property in value.Properties)
        {
            if (property.NameText.Length > limits.MaxStringLength)
            {
                return (property.Name, $"A property name of {property.NameText.Length} characters exceeds the limit of {limits.MaxStringLength}");
            }

            if (Visit(property.Value, depth + 1, limits) is { } excess)
            {
                return excess;
            }
        }

        return null;
    }

    private static DocumentProblem Excess(JsonValue root, JsonValue at, string what) =>
        new(DiagnosticIds.MalformedDocument, at.Start, Math.Min(at.Length, 1), JsonPaths.At(root, at.Start),
            $"{what} of what the analyzers read in a document (the defaults of the runtime's JsonLimits); the document is not checked. Check it with kpo check and raised limits instead.");
}

using System.CommandLine;
using KpoSdk.Serialization;

namespace KpoSdk.Cli.Commands;

/// <summary>
/// The <see cref="JsonLimits"/> as options: the defaults stay safe (16 MiB, 10,000 items a list),
/// and a provider with a larger roster raises them for its own run.
/// </summary>
internal sealed class LimitOptions
{
    private readonly Option<int?> _bytes = new("--max-document-bytes") { Description = $"Largest document in bytes ({JsonLimits.Default.MaxDocumentBytes} by default)." };
    private readonly Option<int?> _items = new("--max-array-length") { Description = $"Most items of any one list, e.g. staff in a roster ({JsonLimits.Default.MaxArrayLength} by default)." };
    private readonly Option<int?> _strings = new("--max-string-length") { Description = $"Longest string or property name ({JsonLimits.Default.MaxStringLength} by default)." };
    private readonly Option<int?> _depth = new("--max-depth") { Description = $"Deepest nesting of objects and lists ({JsonLimits.Default.MaxDepth} by default)." };

    public void AddTo(Command command)
    {
        command.Options.Add(_bytes);
        command.Options.Add(_items);
        command.Options.Add(_strings);
        command.Options.Add(_depth);
    }

    public JsonLimits Read(ParseResult parse)
    {
        var defaults = JsonLimits.Default;
        return new JsonLimits
        {
            MaxDocumentBytes = Positive(parse.GetValue(_bytes), _bytes.Name) ?? defaults.MaxDocumentBytes,
            MaxArrayLength = Positive(parse.GetValue(_items), _items.Name) ?? defaults.MaxArrayLength,
            MaxStringLength = Positive(parse.GetValue(_strings), _strings.Name) ?? defaults.MaxStringLength,
            MaxDepth = Positive(parse.GetValue(_depth), _depth.Name) ?? defaults.MaxDepth,
        };
    }

    private static int? Positive(int? value, string name) =>
        value is <= 0 ? throw new UsageException($"{name} must be a positive number; got {value}.") : value;
}

using System.Text;

namespace KpoSdk.Knowledge.Rules;

/// <summary>A rule message with its placeholders found once, at compile time, so unknown ones fail early.</summary>
internal sealed class MessageTemplate
{
    public static readonly IReadOnlyList<string> Placeholders = ["service", "client", "delivery", "date", "clientCountry", "clientLicensing"];

    // Even indexes are literal text, odd ones placeholder indexes into Placeholders.
    private readonly string[] _literals;
    private readonly int[] _slots;

    public MessageTemplate(string template, string context)
    {
        var literals = new List<string>();
        var slots = new List<int>();
        int start = 0;
        while (true)
        {
            int open = template.IndexOf('{', start);
            if (open < 0)
            {
                break;
            }

            int close = template.IndexOf('}', open + 1);
            string name = close < 0 ? template.Substring(open) : template.Substring(open + 1, close - open - 1);
            int slot = IndexOf(name);
            if (close < 0 || slot < 0)
            {
                throw new ArgumentException($"{context}: the message has the unknown placeholder '{{{name}}}'; expected {string.Join(", ", Placeholders.Select(p => "{" + p + "}"))}.");
            }

            literals.Add(template.Substring(start, open - start));
            slots.Add(slot);
            start = close + 1;
        }

        literals.Add(template.Substring(start));
        _literals = literals.ToArray();
        _slots = slots.ToArray();
    }

    /// <summary>Fills the placeholders with <paramref name="values"/>, in the order of <see cref="Placeholders"/>.</summary>
    public string Format(string[] values)
    {
        var text = new StringBuilder(_literals[0]);
        for (int i = 0; i < _slots.Length; i++)
        {
            text.Append(values[_slots[i]]).Append(_literals[i + 1]);
        }

        return text.ToString();
    }

    private static int IndexOf(string name)
    {
        for (int i = 0; i < Placeholders.Count; i++)
        {
            if (string.Equals(Placeholders[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}

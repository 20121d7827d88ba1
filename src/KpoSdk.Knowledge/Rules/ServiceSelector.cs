using KpoSdk.Knowledge.Services;

namespace KpoSdk.Knowledge.Rules;

/// <summary>Resolves service selectors ("all", "personal-data", "signing-acts", "category:Legal", "Payroll") to a bit mask of service-line values.</summary>
internal static class ServiceSelector
{
    public static ulong Compile(IEnumerable<string> selectors, string context)
    {
        ulong mask = 0;
        foreach (string selector in selectors)
        {
            mask |= Resolve(selector, context);
        }

        return mask;
    }

    public static ulong Bit(ServiceLine line) => 1UL << (int)line;

    private static ulong Resolve(string selector, string context)
    {
        Func<ServiceLineInfo, bool>? filter = selector switch
        {
            "all" => _ => true,
            "personal-data" => l => l.HandlesPersonalData,
            "signing-acts" => l => l.IsSigningAct,
            _ => null,
        };
        if (filter is null && selector.StartsWith("category:", StringComparison.Ordinal))
        {
            string name = selector.Substring("category:".Length);
            if (!Enum.TryParse(name, ignoreCase: false, out ServiceCategory category) || !Enum.IsDefined(typeof(ServiceCategory), category))
            {
                throw new ArgumentException($"{context}: '{selector}' names no category; expected one of {string.Join(", ", Enum.GetNames(typeof(ServiceCategory)))}.");
            }

            filter = l => l.Category == category;
        }

        if (filter is null)
        {
            if (!ServiceLines.TryParse(selector, out var line))
            {
                throw new ArgumentException($"{context}: '{selector}' is not a service selector; expected 'all', 'personal-data', 'signing-acts', 'category:NAME' or a service line ({string.Join(", ", ServiceLines.All.Select(l => l.Line))}).");
            }

            return Bit(line);
        }

        ulong mask = 0;
        foreach (var info in ServiceLines.All)
        {
            if (filter(info))
            {
                mask |= Bit(info.Line);
            }
        }

        return mask;
    }
}

using System.Globalization;
using KpoSdk.Generators.Models;

namespace KpoSdk.Generators.Helpers;

/// <summary>
/// Makes every generated file name unique. Roslyn compares hint names without case, so types
/// whose names differ only in case (legal C#) get a suffix from a hash of the exact name, and
/// types with the very same name (a compile error already) get no file at all.
/// </summary>
internal static class HintNames
{
    public static EquatableArray<HintNameClash> FindClashes(IEnumerable<string> names)
    {
        var clashes = new List<HintNameClash>();
        foreach (var group in names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            foreach (var exact in group.GroupBy(n => n, StringComparer.Ordinal))
            {
                clashes.Add(new HintNameClash(exact.Key, exact.Count() > 1));
            }
        }

        return clashes.OrderBy(c => c.FullyQualifiedName, StringComparer.Ordinal).ToEquatableArray();
    }

    public static ContractOutput? Assign(ContractModel model, EquatableArray<HintNameClash> clashes)
    {
        string name = model.Type.FullyQualifiedName;
        var clash = clashes.FirstOrDefault(c => c.FullyQualifiedName == name);
        string hint = model.Type.HintName;
        return clash is null ? new ContractOutput(model, hint)
            : clash.IsDuplicate ? null
            : new ContractOutput(model, hint.Insert(hint.Length - ".g.cs".Length, "." + Fnv1a(name).ToString("x8", CultureInfo.InvariantCulture)));
    }

    private static uint Fnv1a(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return hash;
    }
}

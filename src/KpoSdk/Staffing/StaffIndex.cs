using System.Runtime.CompilerServices;

namespace KpoSdk;

/// <summary>
/// A roster's staff indexed by centre, credential kind and language, so that a staffing plan fully
/// checks only the members who could qualify for a service: those at one of its centres, holding a
/// credential of a required kind (when it requires one) and speaking every required language. Every
/// other member fails at least one of those checks, so leaving them out changes no result. Built
/// once per roster and kept as long as the roster is.
/// </summary>
internal sealed class StaffIndex
{
    private static readonly ConditionalWeakTable<Roster, StaffIndex> s_cache = [];

    private readonly Dictionary<string, List<int>> _byCenter = new(StringComparer.Ordinal);
    private readonly Dictionary<CredentialKind, List<int>> _byCredential = [];
    private readonly Dictionary<Language, List<int>> _byLanguage = [];

    private StaffIndex(Roster roster)
    {
        for (int k = 0; k < roster.Staff.Length; k++)
        {
            var member = roster.Staff[k];
            Add(_byCenter, member.Center, k);
            foreach (var kind in member.Credentials.Select(c => c.Kind).Distinct())
            {
                Add(_byCredential, kind, k);
            }

            foreach (var language in member.Languages.Select(l => l.Language).Distinct())
            {
                Add(_byLanguage, language, k);
            }
        }
    }

    public static StaffIndex Of(Roster roster) => s_cache.GetValue(roster, r => new StaffIndex(r));

    /// <summary>The roster positions, ascending, of the members who pass the centre, credential-kind and language filters of <paramref name="demand"/>.</summary>
    public List<int> Candidates(ServiceDemand demand)
    {
        var candidates = Union(demand.Agreed.Centers.Select(c => _byCenter.GetValueOrDefault(c)));
        if (!demand.Agreed.RequiredCredentials.IsEmpty)
        {
            candidates = Intersect(candidates, Union(demand.Agreed.RequiredCredentials.Select(k => _byCredential.GetValueOrDefault(k))));
        }

        foreach (var requirement in demand.Languages)
        {
            candidates = Intersect(candidates, _byLanguage.GetValueOrDefault(requirement.Language) ?? []);
        }

        return candidates;
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey key, int position)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(position);
    }

    private static List<int> Union(IEnumerable<List<int>?> lists)
    {
        var all = new SortedSet<int>();
        foreach (var list in lists)
        {
            all.UnionWith(list ?? []);
        }

        return [.. all];
    }

    /// <summary>The positions in both ascending lists, ascending.</summary>
    private static List<int> Intersect(List<int> a, List<int> b)
    {
        var both = new List<int>(Math.Min(a.Count, b.Count));
        for (int i = 0, j = 0; i < a.Count && j < b.Count;)
        {
            if (a[i] == b[j])
            {
                both.Add(a[i]);
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return both;
    }
}

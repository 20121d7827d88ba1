using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace KpoSdk;

/// <summary>
/// A roster's staff listed by each value a qualification check looks at — centre, credential held
/// (kind, grantor, expiry), language at a level, education, familiarity — so that a staffing plan
/// finds a service's candidates by judging each distinct value once, with the checks' own
/// predicates (<see cref="StaffChecks"/>, <see cref="LanguageSkill.Meets"/>,
/// <see cref="EducationLevels.Satisfies"/>), instead of judging 50,000 members. A member the
/// index leaves out fails a check; the plan still runs the full check on every candidate, so the
/// index can only save work, never decide. Built once per roster and kept as long as the roster is.
/// </summary>
internal sealed class StaffIndex
{
    private static readonly ConditionalWeakTable<Roster, StaffIndex> s_cache = [];

    private readonly int _size;
    private readonly Dictionary<string, int[]> _byCenter;
    private readonly Dictionary<Credential, int[]> _byCredential;
    private readonly Dictionary<LanguageSkill, int[]> _bySkill;
    private readonly Dictionary<EducationLevel, int[]> _byEducation;
    private readonly Dictionary<Jurisdiction, int[]> _byFamiliarity;

    private StaffIndex(Roster roster)
    {
        var staff = roster.Staff;
        _size = staff.Length;
        _byCenter = Build<string>(staff, m => [m.Center], StringComparer.Ordinal);
        _byCredential = Build(staff, m => m.Credentials);
        _bySkill = Build(staff, m => m.Languages);
        _byEducation = Build(staff, m => m.Education);
        _byFamiliarity = Build(staff, m => m.RegulationFamiliarity);
    }

    public static StaffIndex Of(Roster roster) => s_cache.GetValue(roster, r => new StaffIndex(r));

    /// <summary>
    /// The roster positions, ascending, of the members who may qualify for <paramref name="demand"/>:
    /// at one of its centres, holding a credential that meets its credential requirement (when it
    /// has one), an education that satisfies its minimum (when it has one), every language at its
    /// level, and familiarity with the client's regulation or a credential that evidences it (when
    /// the service applies that regulation).
    /// </summary>
    public List<int> Candidates(ServiceDemand demand)
    {
        var candidates = new StaffSet(_size);
        foreach (string center in demand.Agreed.Centers)
        {
            candidates.Add(_byCenter.GetValueOrDefault(center) ?? []);
        }

        var filter = new StaffSet(_size);
        var required = demand.Agreed.RequiredCredentials;
        if (!required.IsEmpty)
        {
            Keep(candidates, filter, _byCredential, c => required.Contains(c.Kind) && StaffChecks.MeetsRequirement(Standing(c, demand)));
        }

        if (demand.Agreed.MinimumEducation is { } minimum)
        {
            Keep(candidates, filter, _byEducation, e => e.Satisfies(minimum));
        }

        foreach (var requirement in demand.Languages)
        {
            Keep(candidates, filter, _bySkill, s => s.Meets(requirement));
        }

        if (StaffChecks.NeedsFamiliarity(demand.Service))
        {
            filter.Clear();
            AddWhere(filter, _byFamiliarity, j => j.Contains(demand.Client));
            AddWhere(filter, _byCredential, c => StaffChecks.EvidencesFamiliarity(Standing(c, demand)));
            candidates.IntersectWith(filter);
        }

        return candidates.ToList();
    }

    private static CredentialStanding Standing(Credential credential, ServiceDemand demand) =>
        CredentialRecognition.Assess(credential, demand.Service, demand.Client, demand.Date);

    /// <summary>Keeps in <paramref name="candidates"/> the members who hold a value that passes <paramref name="passes"/>.</summary>
    private static void Keep<TKey>(StaffSet candidates, StaffSet filter, Dictionary<TKey, int[]> index, Func<TKey, bool> passes)
        where TKey : notnull
    {
        filter.Clear();
        AddWhere(filter, index, passes);
        candidates.IntersectWith(filter);
    }

    private static void AddWhere<TKey>(StaffSet set, Dictionary<TKey, int[]> index, Func<TKey, bool> passes)
        where TKey : notnull
    {
        foreach (var (value, positions) in index)
        {
            if (passes(value))
            {
                set.Add(positions);
            }
        }
    }

    /// <summary>For each distinct value <paramref name="values"/> gives a member, the positions of the members who have it, ascending.</summary>
    private static Dictionary<TKey, int[]> Build<TKey>(ImmutableArray<StaffMember> staff, Func<StaffMember, IEnumerable<TKey>> values, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        var lists = new Dictionary<TKey, List<int>>(comparer);
        for (int k = 0; k < staff.Length; k++)
        {
            foreach (var value in values(staff[k]))
            {
                if (!lists.TryGetValue(value, out var list))
                {
                    lists[value] = list = [];
                }

                // A member with a value twice is listed once.
                if (list.Count == 0 || list[^1] != k)
                {
                    list.Add(k);
                }
            }
        }

        return lists.ToDictionary(p => p.Key, p => p.Value.ToArray(), comparer);
    }
}

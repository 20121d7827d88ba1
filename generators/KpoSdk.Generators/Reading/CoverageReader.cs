using KpoSdk.Generators.Helpers;
using KpoSdk.Generators.Models;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Text;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Generators.Reading;

/// <summary>Reads <c>[CoverageWindow(zone, hours)]</c>: a known IANA zone and weekly hours the knowledge base parses.</summary>
internal static class CoverageReader
{
    public static CoverageModel? Read(AttributeData attribute)
    {
        if (ContractAttributes.Argument(attribute, 0) is not string zone
            || ContractAttributes.Argument(attribute, 1) is not string hours
            || TimeZoneIds.Canonical(zone) is not { } canonicalZone)
        {
            return null;
        }

        var parsed = WeeklyHoursText.Read(hours);
        if (!parsed.Succeeded)
        {
            return null;
        }

        var model = parsed.Value;
        var ranges = new List<WeeklyRangeModel>();
        for (int day = 1; day <= 7; day++)
        {
            foreach (var range in model.On(day))
            {
                ranges.Add(new WeeklyRangeModel(day, range.Start, range.End));
            }
        }

        return new CoverageModel(canonicalZone, WeeklyHoursText.Format(model), ranges.ToEquatableArray(), model.IsAlwaysOpen);
    }
}

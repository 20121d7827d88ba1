using CsCheck;
using KpoSdk.Fuzz.Tests.Gens;
using KpoSdk.Sla;
using NodaTime;

namespace KpoSdk.Fuzz.Tests;

/// <summary>
/// SLA targets and clocks on any history: the factories and Replay throw what they document
/// (ArgumentException, SlaEventException, InvalidOperationException for an unreachable business-day
/// target), and a clock that replays reports its status at any instant from its start, Instant.MaxValue
/// included, or says why it cannot (ArgumentOutOfRangeException outside a business calendar's range).
/// </summary>
public sealed class SlaClockFuzzTests
{
    private static readonly Gen<Func<ServiceLevelTarget>> Target = Gen.Frequency(
        (2, TimeInputs.Amount.Select(a => (Func<ServiceLevelTarget>)(() => ServiceLevelTarget.WithinCalendarTime(SlaMetric.Resolution, a)))),
        (2, Gen.Select(TimeInputs.Amount, TimeInputs.Calendar).Select((a, c) => (Func<ServiceLevelTarget>)(() => ServiceLevelTarget.WithinBusinessTime(SlaMetric.FirstResponse, a, c)))),
        (2, Gen.Select(Gen.Int[-5, 300_000], TimeInputs.Calendar).Select((d, c) => (Func<ServiceLevelTarget>)(() => ServiceLevelTarget.WithinBusinessDays(SlaMetric.Resolution, Period.FromDays(d), c)))));

    private static readonly Gen<SlaEvent> Event = Gen.Select(TimeInputs.Instant, Gen.Int[-1, 4]).Select((at, kind) => new SlaEvent(at, (SlaEventKind)kind));

    [Fact]
    public void Clocks_replay_and_report_or_throw_documented_exceptions()
    {
        FuzzBudget.Run(Gen.Select(Target, Gen.Int[0, 100].Array[0, 3], TimeInputs.Instant, Event.Array[0, 4], TimeInputs.Instant), input =>
        {
            var (make, warnings, start, later, at) = input;
            ServiceLevelTarget? target = null;
            if (!Documented.Call("target", () => target = make().WithWarnings(warnings.Distinct().Where(w => w is >= 1 and <= 99)), typeof(ArgumentException)))
            {
                return;
            }

            var history = later.OrderBy(e => e.At).Prepend(new SlaEvent(start, SlaEventKind.Start)).ToArray();
            SlaClock? clock = null;
            if (!Documented.Call("Replay", () => clock = SlaClock.Replay(target!, history), typeof(SlaEventException), typeof(ArgumentException), typeof(InvalidOperationException)))
            {
                return;
            }

            var hourLater = clock!.StartedAt <= Instant.MaxValue - Duration.FromHours(1) ? clock.StartedAt + Duration.FromHours(1) : Instant.MaxValue;
            foreach (var instant in new[] { at, start, Instant.MaxValue, hourLater })
            {
                Documented.Call("StatusAt", () => clock.StatusAt(instant), typeof(ArgumentException));
            }
        });
    }
}

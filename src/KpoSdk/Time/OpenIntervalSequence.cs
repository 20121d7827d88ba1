using System.Collections;
using KpoSdk.Time.Engine;
using NodaTime;

namespace KpoSdk.Time;

/// <summary>
/// The open intervals of a <see cref="BusinessCalendar"/> within a span, from
/// <see cref="BusinessCalendar.OpenIntervals(Interval)"/>. Enumerating with <c>foreach</c> uses
/// the struct <see cref="Enumerator"/> and allocates nothing; LINQ works through
/// <see cref="IEnumerable{T}"/>.
/// </summary>
public readonly struct OpenIntervalSequence : IEnumerable<Interval>
{
    private readonly BusinessCalendar _calendar;
    private readonly long _from;
    private readonly long _to;

    internal OpenIntervalSequence(BusinessCalendar calendar, long from, long to)
    {
        _calendar = calendar;
        _from = from;
        _to = to;
    }

    /// <summary>An enumerator over the intervals, in order.</summary>
    public Enumerator GetEnumerator() => new(_calendar, _from, _to);

    IEnumerator<Interval> IEnumerable<Interval>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the calendar's blocks, joining intervals that continue across a block boundary.</summary>
    public struct Enumerator : IEnumerator<Interval>
    {
        private readonly BusinessCalendar _calendar;
        private readonly long _from;
        private readonly long _to;
        private int _block;
        private int _index;

        internal Enumerator(BusinessCalendar calendar, long from, long to)
        {
            _calendar = calendar;
            _from = from;
            _to = to;
            _block = Positions.BlockOf(from);
            _index = from < to ? calendar.Block(_block).FirstEndingAfter(from) : int.MaxValue;
            Current = default;
        }

        /// <summary>The current interval.</summary>
        public Interval Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        /// <summary>Advances to the next open interval; false when there is none before the end of the span.</summary>
        public bool MoveNext()
        {
            if (_calendar is null || _index == int.MaxValue)
            {
                return false;
            }

            var block = _calendar.Block(_block);
            while (_index >= block.Count)
            {
                if (block.End >= _to || _block + 1 >= Positions.BlockCount)
                {
                    _index = int.MaxValue;
                    return false;
                }

                block = _calendar.Block(++_block);
                _index = 0;
            }

            long start = block.StartOf(_index);
            if (start >= _to)
            {
                _index = int.MaxValue;
                return false;
            }

            long end = block.EndOf(_index++);
            while (end == block.End && end < _to && _block + 1 < Positions.BlockCount)
            {
                var next = _calendar.Block(_block + 1);
                if (next.Count == 0 || next.StartOf(0) != end)
                {
                    break;
                }

                _block++;
                block = next;
                end = block.EndOf(0);
                _index = 1;
            }

            Current = new Interval(Positions.ToInstant(Math.Max(start, _from)), Positions.ToInstant(Math.Min(end, _to)));
            return true;
        }

        /// <summary>Starts again from the beginning of the span.</summary>
        public void Reset() => this = new Enumerator(_calendar, _from, _to);

        /// <summary>Nothing to release.</summary>
        public readonly void Dispose()
        {
        }
    }
}

using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using KpoSdk.Documents.Reading;
using KpoSdk.Knowledge;
using Microsoft.CodeAnalysis.Text;
using RuleSet = KpoSdk.Knowledge.Rules.RuleSet;

namespace KpoSdk.Analyzers.Documents;

/// <summary>
/// A document's diagnostics, computed once per text: the IDE creates a compilation per keystroke,
/// but an AdditionalFile's <see cref="SourceText"/> stays the same object until the file changes.
/// The reading is kept per text; the checks per text, rule set and date (the last ones asked for).
/// </summary>
internal static class DocumentCache
{
    private static readonly ConditionalWeakTable<SourceText, Entry> s_cache = new();

    public static ImmutableArray<LocatedFinding> Get(SourceText text, CalendarDate date, RuleSet rules) =>
        s_cache.GetValue(text, static t => new Entry(t)).For(date, rules);

    private sealed class Entry
    {
        private readonly SourceText _text;
        private readonly Lazy<DocumentReadResult?> _read;
        private Checked? _last;

        public Entry(SourceText text)
        {
            _text = text;
            _read = new Lazy<DocumentReadResult?>(Read);
        }

        public ImmutableArray<LocatedFinding> For(CalendarDate date, RuleSet rules)
        {
            if (_read.Value is not { } read)
            {
                // Over the size limit: reported without turning the text into a string.
                return ImmutableArray.Create(DocumentDiagnostics.Problem(DocumentReader.TooLarge(_text.Length, DocumentLimits.Default)));
            }

            var last = _last;
            if (last is not null && last.Date == date && ReferenceEquals(last.Rules, rules))
            {
                return last.Findings;
            }

            var computed = new Checked(date, rules, DocumentDiagnostics.Of(read, date, rules));
            _last = computed;
            return computed.Findings;
        }

        private DocumentReadResult? Read() =>
            _text.Length > DocumentLimits.Default.MaxCharacters ? null : DocumentReader.Read(_text.ToString(), DocumentLimits.Default);
    }

    private sealed class Checked
    {
        public Checked(CalendarDate date, RuleSet rules, ImmutableArray<LocatedFinding> findings)
        {
            Date = date;
            Rules = rules;
            Findings = findings;
        }

        public CalendarDate Date { get; }

        public RuleSet Rules { get; }

        public ImmutableArray<LocatedFinding> Findings { get; }
    }
}

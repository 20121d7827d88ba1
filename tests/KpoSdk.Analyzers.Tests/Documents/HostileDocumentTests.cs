using System.Text;
using KpoSdk.Documents.Reading;

namespace KpoSdk.Analyzers.Tests.Documents;

/// <summary>
/// No analyzer throws (AD0001) or runs away on a broken or hostile JSON document: every truncation
/// and thousands of random mutations of the examples, files over each limit, deep nesting, huge
/// lists of bad codes. Each problem lies within the text, and a document reports a bounded number.
/// </summary>
public sealed class HostileDocumentTests
{
    [Fact]
    public void Every_truncation_and_random_mutation_of_the_examples_reads_without_throwing_with_problems_inside_the_text()
    {
        int documents = 0, unreadable = 0;
        foreach (string text in Truncations().Concat(Mutations(4000, seed: 20261201)))
        {
            var read = DocumentReader.Read(text, DocumentLimits.Default);
            documents++;
            unreadable += read.IsReadable ? 0 : 1;
            foreach (var problem in read.Problems)
            {
                Assert.InRange(problem.Start, 0, text.Length);
                Assert.InRange(problem.Length, 0, text.Length - problem.Start);
                Assert.False(string.IsNullOrWhiteSpace(problem.Message));
            }

            Assert.InRange(read.Problems.Count, read.IsReadable ? 0 : 1, ReadContext.MaxProblems + 1);
        }

        Assert.True(documents >= 5000, $"{documents} documents");
        Assert.InRange(unreadable, documents / 2, documents - 100);
    }

    [Fact]
    public async Task No_analyzer_throws_on_a_sample_of_the_broken_documents()
    {
        var sample = Truncations().Where((_, i) => i % 97 == 0).Concat(Mutations(60, seed: 7)).ToArray();
        int reported = 0;
        foreach (string text in sample)
        {
            // DocumentRunner fails the test on any analyzer exception.
            reported += (await DocumentRunner.Analyze(("/doc.kpo.json", text))).Length;
        }

        Assert.True(reported >= sample.Length, $"{reported} diagnostics over {sample.Length} documents");
    }

    public static TheoryData<string, string> Hostile => new()
    {
        { "empty", "" },
        { "blank", " \n\t " },
        { "null", "null" },
        { "a number", "-0.5e10" },
        { "a byte order mark alone", "\uFEFF" },
        { "deep nesting", new string('[', 100_000) },
        { "deep objects", string.Concat(Enumerable.Repeat("{\"a\":", 50_000)) },
        { "nesting within the reader's limit but over the documents'", "{\"centers\":" + new string('[', 40) + new string(']', 40) + "}" },
        { "a long string", "{\"name\": \"" + new string('x', 100_000) + "\", \"headquarters\": \"IN\", \"centers\": []}" },
        { "a long property name", "{\"" + new string('n', 5_000) + "\": 1, \"centers\": []}" },
        { "a list over the limit", "{\"name\": \"a\", \"headquarters\": \"IN\", \"centers\": [], \"catalog\": {\"offerings\": [{\"service\": \"Payroll\", \"centers\": [], \"clients\": [" + string.Join(",", Enumerable.Repeat("\"DE\"", 10_001)) + "]}]}}" },
        { "thousands of bad codes", "{\"name\": \"a\", \"headquarters\": \"IN\", \"centers\": [], \"catalog\": {\"offerings\": [{\"service\": \"Payroll\", \"centers\": [], \"clients\": [" + string.Join(",", Enumerable.Range(0, 9_000).Select(i => $"\"Q{i % 26 + 'A'}-{i}\"")) + "]}]}}" },
        { "thousands of unknown properties", "{\"centers\": [], " + string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"\"p{i}\": {i}")) + "}" },
        { "thousands of repeated properties", "{\"centers\": [], " + string.Join(",", Enumerable.Repeat("\"name\": \"x\"", 20_000)) + "}" },
        { "lone surrogates and control characters", "{\"name\": \"\\ud800\\udfff\\u0000\u0001\", \"headquarters\": \"\\ud800\", \"centers\": [{\"name\": \"\\u0000\", \"jurisdiction\": \"IN\", \"zone\": \"\\udc00\"}]}" },
        { "an unterminated string", "{\"name\": \"" + new string('a', 10_000) },
        { "a number that never ends", "{\"centers\": [" + new string('9', 200_000) },
        { "escapes in codes", "{\"name\": \"a\", \"headquarters\": \"\\u0049\\u004E\", \"centers\": [{\"name\": \"P\", \"jurisdiction\": \"I\\u004E-MHX\", \"zone\": \"Asia\\/Kolkata\"}]}" },
        { "every kind at once", "{\"client\": 1, \"services\": 2, \"staff\": 3, \"centers\": 4}" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_document_is_reported_not_thrown(string what, string text)
    {
        var read = DocumentReader.Read(text, DocumentLimits.Default);
        Assert.False(read.IsReadable, what);
        Assert.InRange(read.Problems.Count, 1, ReadContext.MaxProblems + 1);

        var diagnostics = await DocumentRunner.Analyze(("/doc.kpo.json", text));
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal("/doc.kpo.json", d.Location.GetLineSpan().Path));
    }

    [Fact]
    public void A_document_over_a_limit_is_reported_once_at_the_first_excess()
    {
        var limits = new DocumentLimits(maxCharacters: 200, maxDepth: 3, maxStringLength: 10, maxArrayLength: 2);

        Assert.Equal("$", Single(new string(' ', 201), limits).Path);
        Assert.Equal("$.centers[0][0]", Single("{\"centers\": [[[[]]]]}", limits).Path);
        Assert.Equal("$.name", Single("{\"name\": \"abcdefghijk\", \"centers\": [1, 2, 3]}", limits).Path);
        Assert.Equal("$.centers[2]", Single("{\"name\": \"abc\", \"centers\": [1, 2, 3]}", limits).Path);
        Assert.Equal("$.abcdefghijk", Single("{\"abcdefghijk\": 1}", limits).Path);
        Assert.True(DocumentReader.Read("{\"name\": \"abcdefghij\", \"centers\": [[], 2]}", limits).Problems.All(p => !p.Message.Contains("limit", StringComparison.Ordinal)));
    }

    private static DocumentProblem Single(string text, DocumentLimits limits)
    {
        var problem = Assert.Single(DocumentReader.Read(text, limits).Problems);
        Assert.Contains("limit", problem.Message, StringComparison.Ordinal);
        return problem;
    }

    /// <summary>Every prefix of each example (the file as an editor sees it while it is typed), every 7th character.</summary>
    private static IEnumerable<string> Truncations() =>
        DocumentCorpus.Examples.SelectMany(e => Enumerable.Range(0, e.Text.Length / 7).Select(i => e.Text[..(i * 7)]));

    /// <summary>Examples with 1–4 random edits: a character deleted, duplicated, or replaced by one that matters to JSON.</summary>
    private static IEnumerable<string> Mutations(int count, int seed)
    {
        const string Meaningful = "{}[]\",:\\ 0-9aeEnlt/\u00e9\uFEFF";
        var random = new Random(seed);
        for (int n = 0; n < count; n++)
        {
            var text = new StringBuilder(DocumentCorpus.Examples[random.Next(DocumentCorpus.Examples.Count)].Text);
            for (int edits = random.Next(1, 5); edits > 0 && text.Length > 0; edits--)
            {
                int at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0:
                        text.Remove(at, 1);
                        break;
                    case 1:
                        text.Insert(at, text[at]);
                        break;
                    default:
                        text[at] = Meaningful[random.Next(Meaningful.Length)];
                        break;
                }
            }

            yield return text.ToString();
        }
    }
}

using Sitrep.Documents;
using Sitrep.Text.Internal;

namespace Sitrep.Text;

/// <summary>Splits text into sentences the way a reader would.</summary>
/// <remarks>
/// A line break always ends a sentence, so headlines and crossheads without a final period stand alone.
/// Inside a line, '.', '!' or '?' (with any closing quotes or brackets) ends a sentence when white space and a capital,
/// digit or opening quote follow, unless the period ends an abbreviation (data/lexicons/abbreviations.tsv) or an initial.
/// </remarks>
public sealed class SentenceSplitter
{
    readonly HashSet<string> _abbreviations;

    /// <summary>Builds a splitter with the shipped abbreviations.</summary>
    public SentenceSplitter() : this(Lexicon.Read("abbreviations.tsv", 2).Select(r => r.Cells[0])) { }

    /// <summary>Builds a splitter with the given abbreviations (without their final period).</summary>
    public SentenceSplitter(IEnumerable<string> abbreviations) =>
        _abbreviations = new HashSet<string>(abbreviations, StringComparer.OrdinalIgnoreCase);

    /// <summary>The sentences of <paramref name="text"/>, in order, without surrounding white space.</summary>
    public IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            SplitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    void SplitLine(string text, int start, int end, List<Sentence> sentences)
    {
        int sentenceStart = start;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c is not ('.' or '!' or '?')) continue;
            int after = i + 1;
            while (after < end && IsCloser(text[after])) after++;
            if (after >= end || !char.IsWhiteSpace(text[after])) continue;
            int next = after;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (next >= end || !StartsSentence(text[next])) continue;
            if (c == '.' && after == i + 1 && EndsAbbreviation(text, start, i)) continue;
            Add(text, sentenceStart, after, sentences);
            sentenceStart = after;
        }
        Add(text, sentenceStart, end, sentences);
    }

    bool EndsAbbreviation(string text, int lineStart, int period)
    {
        int wordStart = period;
        while (wordStart > lineStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text[wordStart..period];
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return _abbreviations.Contains(word);
    }

    static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«' or '-' or '—';

    static void Add(string text, int start, int end, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new Sentence(TextSpan.FromBounds(start, end)));
    }
}

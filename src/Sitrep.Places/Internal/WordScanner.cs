using System.Text.RegularExpressions;

namespace Sitrep.Places.Internal;

/// <summary>A word of the text as the place recogniser sees it.</summary>
/// <param name="Possessive">The word was followed by 's, which is left out of the span.</param>
internal readonly record struct Word(int Start, int End, string Text, bool Capitalised, bool Possessive);

/// <summary>Splits text into words, keeping article-prefixed names ("al-Hol", "ez-Zor") whole and other hyphenated words apart.</summary>
internal static partial class WordScanner
{
    static readonly HashSet<string> ArticlePrefixes = new(StringComparer.OrdinalIgnoreCase) { "al", "el", "ad", "ar", "as", "ash", "at", "az", "ez", "es", "an", "ed", "er", "et", "ul" };
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ArticlePrefixSpans = ArticlePrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    // Dotted abbreviations ("U.S.", "D.C.", "W.Va.") are one word; otherwise letters with inner apostrophes.
    [GeneratedRegex(@"(?:\p{Lu}\p{Ll}?\.){2,}|\p{L}[\p{L}\p{M}'’]*")]
    private static partial Regex Part();

    // "I'll", "We're", "Don't" open sentences capitalised but are never names.
    [GeneratedRegex(@"['’](?:ll|re|ve|m|d|t)$", RegexOptions.IgnoreCase)]
    private static partial Regex Contraction();

    /// <summary>The words of <paramref name="text"/> in order.</summary>
    public static List<Word> Scan(string text)
    {
        var words = new List<Word>(text.Length / 5); // news text has a word in about six characters: rarely regrows
        int pendingStart = -1;
        // EnumerateMatches: no Match object per word; only the kept words become strings.
        foreach (var m in Part().EnumerateMatches(text))
        {
            int start = pendingStart >= 0 ? pendingStart : m.Index;
            int end = m.Index + m.Length;
            // "al-" joins the next part: "al-Hol" is one word.
            if (end < text.Length - 1 && text[end] == '-' && char.IsLetter(text[end + 1]) && ArticlePrefixSpans.Contains(text.AsSpan(m.Index, m.Length)))
            {
                if (pendingStart < 0) pendingStart = m.Index;
                continue;
            }
            pendingStart = -1;
            bool possessive = false;
            if (end - start > 2 && (text[end - 2] is '\'' or '’') && text[end - 1] is 's' or 'S') { end -= 2; possessive = true; }
            while (end > start && text[end - 1] is '\'' or '’') end--;
            var word = text[start..end];
            words.Add(new Word(start, end, word, IsCapitalised(word) && !Contraction().IsMatch(word), possessive));
        }
        return words;
    }

    static bool IsCapitalised(string word)
    {
        int dash = word.IndexOf('-');
        char first = dash > 0 && ArticlePrefixSpans.Contains(word.AsSpan(0, dash)) ? word[dash + 1] : word[0];
        return char.IsUpper(first);
    }

    /// <summary>Whether only spaces or a single hyphen lie between two positions, so the words can form one name.</summary>
    /// <remarks>A hyphen with spaces around it is a dash between phrases ("CAIRO - On Monday").</remarks>
    public static bool Joinable(string text, int from, int to)
    {
        if (to - from > 2) return false;
        for (int i = from; i < to; i++) if (text[i] is not (' ' or '-' or '\u00A0')) return false;
        return true;
    }
}

using Sitrep.Documents;

namespace Sitrep.Events.Internal;

/// <summary>Tells a capitalised word inside a name or title ("Special Representative for Syria Engagement") from an act.</summary>
/// <remarks>
/// In running prose a trigger word is capitalised mid-sentence only as part of a name: of an office, an organisation or
/// an operation. A name is a run of capitalised words, which "for", "of", "and" and "the" may join. Headlines are written
/// in title case, where capitals say nothing, so a sentence with no longer word in lower case is left alone.
/// </remarks>
internal static class ProperNames
{
    static readonly HashSet<string> Joiners = ["for", "of", "and", "the", "on"];
    // Words this long or longer are content words in title case, save the prepositions some styles leave in lower case.
    const int TitleWordLength = 4;
    static readonly HashSet<string> TitlePrepositions = ["from", "with", "into", "over", "after", "amid", "near", "than", "that", "onto", "upon", "against", "about"];

    /// <summary>Whether the word starting at <paramref name="start"/> is a capitalised word inside a proper name.</summary>
    public static bool IsNameWord(string text, TextSpan sentence, int start)
    {
        if (!char.IsUpper(text[start]) || StartsSentence(text, sentence, start)) return false;
        bool inName = NeighbourIsCapitalised(text, sentence, start, before: true) || NeighbourIsCapitalised(text, sentence, start, before: false);
        return inName && !IsTitleCase(text, sentence);
    }

    // Nothing but spaces, quotes or a colon before the word: it is capitalised as the first of a sentence or a quotation.
    static bool StartsSentence(string text, TextSpan sentence, int start)
    {
        for (int i = start - 1; i >= sentence.Start; i--)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '‘' or '\'' or '(') continue;
            return c == ':';
        }
        return true;
    }

    // The next word on one side, stepping over one joiner ("Representative for Syria"), is capitalised too, and is not
    // itself a sentence's first word.
    static bool NeighbourIsCapitalised(string text, TextSpan sentence, int start, bool before)
    {
        var word = before ? WordBefore(text, sentence, start) : WordAfter(text, sentence, start);
        if (word is { } w && Joiners.Contains(text.Substring(w.Start, w.Length)))
            word = before ? WordBefore(text, sentence, w.Start) : WordAfter(text, sentence, w.End);
        return word is { } n && char.IsUpper(text[n.Start]) && !StartsSentence(text, sentence, n.Start);
    }

    // The word just before `start` across spaces only (punctuation ends a name), or null.
    static TextSpan? WordBefore(string text, TextSpan sentence, int start)
    {
        int i = start - 1;
        while (i >= sentence.Start && text[i] == ' ') i--;
        int end = i + 1;
        while (i >= sentence.Start && char.IsLetterOrDigit(text[i])) i--;
        return end > i + 1 && end < start ? TextSpan.FromBounds(i + 1, end) : null;
    }

    // The word after the one starting at `start` (or after offset `start` when it is no letter), across spaces only.
    static TextSpan? WordAfter(string text, TextSpan sentence, int start)
    {
        int i = start;
        while (i < sentence.End && char.IsLetterOrDigit(text[i])) i++;
        int gap = i;
        while (i < sentence.End && text[i] == ' ') i++;
        if (i == gap) return null;
        int s = i;
        while (i < sentence.End && char.IsLetterOrDigit(text[i])) i++;
        return i > s ? TextSpan.FromBounds(s, i) : null;
    }

    // Title case capitalises every longer content word; prose, however full of names, leaves its verbs and nouns in lower case.
    static bool IsTitleCase(string text, TextSpan sentence)
    {
        foreach (var w in Words.Split(text, sentence.Start, sentence.End))
            if (w.Text.Length >= TitleWordLength && char.IsLower(text[w.Start]) && !TitlePrepositions.Contains(w.Text)) return false;
        return true;
    }
}
